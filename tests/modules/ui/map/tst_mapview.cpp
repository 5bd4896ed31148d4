// placeholder, written next
#include <QtTest>
class TestMapView : public QObject { Q_OBJECT };
QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
