// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// tst_shell_qml: runs the tst_*.qml files of this folder (Qt Quick Test) against the shell's QML
// module with a fake domain plugin; ShellTestSetup builds what they see.
#include "shelltestsetup.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)
Q_IMPORT_QML_PLUGIN(CityTwin_ShellPlugin)

QUICK_TEST_MAIN_WITH_SETUP(tst_shell_qml, ct::tests::ShellTestSetup)
