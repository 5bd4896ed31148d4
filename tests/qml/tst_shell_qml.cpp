// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// tst_shell_qml: runs the tst_*.qml files of this folder (Qt Quick Test) against the shell's QML
// module with a fake domain plugin; ShellTestSetup builds what they see.
#include "shelltestsetup.h"

#include <QApplication>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)
Q_IMPORT_QML_PLUGIN(CityTwin_ShellPlugin)

// As the console: a QApplication, because Qt Charts (Compare runs) draws with Graphics View.
// The setup comes first: it points QSettings at a temporary folder before the application exists.
int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    ct::tests::ShellTestSetup setup;
    QApplication application(argc, argv);
    return quick_test_main_with_setup(argc, argv, "tst_shell_qml", QUICK_TEST_SOURCE_DIR, &setup);
}
