#include <QtTest>
class TestAssetsPanel : public QObject { Q_OBJECT };
QTEST_MAIN(TestAssetsPanel)
#include "tst_assetspanel.moc"
