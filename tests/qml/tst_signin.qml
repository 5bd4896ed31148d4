// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls
import QtTest
import "helpers.js" as Helpers

// Operators in the console window: the first start of a twin asks for its administrator, the
// administrator adds operators in Operator → Accounts, sign-out and sign-in (a wrong password is
// refused), and what each role is offered — Accounts only to administrators, Import only to roles
// that may import.
TestCase {
    id: testCase
    name: "SignIn"
    width: 200
    height: 100
    visible: true
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/CityTwin/Shell/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, {
            session: testSession,
            plugins: testPlugins,
            importer: testImporter,
            timeline: testTimeline,
            languages: testLanguages,
            operatorSession: testOperator,
            width: 1280,
            height: 800
        });
        verify(window, "Main.qml was not created");
        testLanguages.choice = "en";
    }

    function cleanupTestCase() {
        if (!window)
            return;
        window.visible = false;
        window.destroy();
        wait(50);
        window = null;
    }

    function overlayTexts() {
        return Helpers.shownTexts(window.Overlay.overlay);
    }

    /// An item of an open dialog (dialogs live in the window's overlay while open).
    function dialogItem(name) {
        return Helpers.findItem(window.Overlay.overlay, item => item.objectName === name);
    }

    function statusItem(name) {
        return Helpers.findItem(window.footer, item => item.objectName === name);
    }

    function openMenu(menuIndex) {
        const bar = window.menuBar;
        const menu = bar.menuAt(menuIndex);
        verify(menu, "no menu " + menuIndex);
        if (!menu.opened)
            mouseClick(bar.itemAt(menuIndex));
        tryCompare(menu, "opened", true);
        return menu;
    }

    function menuItem(menu, text) {
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i);
            if (item && item.text !== undefined && item.text.replace("&", "") === text)
                return item;
        }
        return null;
    }

    function closeMenu(menu) {
        menu.close();
        tryCompare(menu, "opened", false);
    }

    /// Whether Operator → Accounts… is offered.
    function accountsOffered() {
        const menu = openMenu(4);
        compare(menu.title.replace("&", ""), "Operator");
        const item = menuItem(menu, "Accounts…");
        const offered = item !== null && item.visible && item.enabled;
        closeMenu(menu);
        return offered;
    }

    /// Whether File → Import… is enabled.
    function importOffered() {
        const menu = openMenu(0);
        const item = menuItem(menu, "Import…");
        verify(item, "no Import item");
        const enabled = item.enabled;
        closeMenu(menu);
        return enabled;
    }

    function test_1_firstStartAsksForTheAdministrator() {
        // The window opened on a twin without accounts: it asks for the administrator at once.
        tryVerify(() => overlayTexts().indexOf("Create the administrator") >= 0, 5000,
                  "no first-start dialog: " + JSON.stringify(overlayTexts()));
        verify(testOperator.needsFirstAdministrator);
        // Esc looks without signing in: a viewer, offered neither Import nor Accounts.
        window.requestActivate();
        tryVerify(() => window.active, 5000);
        keyClick(Qt.Key_Escape);
        tryVerify(() => dialogItem("signInDialog") === null && overlayTexts().length === 0, 5000, "the dialog stayed");
        verify(!testOperator.signedIn);
        compare(statusItem("operatorLabel").text, "Viewer (not signed in)");
        verify(!importOffered(), "Import is offered to the viewer");
        verify(!accountsOffered(), "Accounts is offered to the viewer");

        // Another twin without accounts: asked again; the two passwords must agree.
        window.openTwin(testAccountsTwinUrl);
        tryVerify(() => overlayTexts().indexOf("Create the administrator") >= 0, 5000, "not asked on opening a twin");
        dialogItem("signInName").text = "chief";
        dialogItem("signInDisplayName").text = "本部長";
        dialogItem("signInPassword").text = "chief-password-1";
        dialogItem("signInRepeat").text = "chief-password-2";
        mouseClick(dialogItem("signInButton"));
        tryCompare(dialogItem("signInProblem"), "text", "The two passwords differ.");
        verify(!testOperator.signedIn);
        const repeat = dialogItem("signInRepeat");
        compare(repeat.text, "");
        repeat.forceActiveFocus();
        repeat.text = "chief-password-1";
        keyClick(Qt.Key_Return); // Enter in the last field creates the account
        tryVerify(() => testOperator.signedIn, 10000, "not signed in: " + testOperator.errorString);
        tryVerify(() => overlayTexts().length === 0, 5000, "the dialog stayed: " + JSON.stringify(overlayTexts()));
        compare(testOperator.operatorName, "chief");
        compare(testOperator.roleName, "administrator");
        compare(statusItem("operatorLabel").text, "本部長 · Administrator");
        compare(statusItem("signInOutButton").text, "Sign out");
        verify(!testOperator.needsFirstAdministrator);
        verify(accountsOffered(), "Accounts is hidden from the administrator");
        verify(importOffered(), "Import is not offered to the administrator");
    }

    function test_2_administratorAddsOperators() {
        mouseClick(menuItem(openMenu(4), "Accounts…"));
        tryVerify(() => overlayTexts().indexOf("Add an operator") >= 0, 5000,
                  "the Accounts dialog did not open: " + JSON.stringify(overlayTexts()));
        const list = dialogItem("accountList");
        tryCompare(list, "count", 1);

        const add = (name, display, role, password, bindings) => {
            dialogItem("newName").text = name;
            dialogItem("newDisplayName").text = display;
            const roles = dialogItem("newRole");
            roles.currentIndex = testOperator.accountRoles.indexOf(role);
            compare(roles.currentText, role);
            dialogItem("newPassword").text = password;
            dialogItem("newBindings").text = bindings;
            mouseClick(dialogItem("addAccount"));
        };
        add("sato", "佐藤", "planner", "planner-password", "");
        tryCompare(list, "count", 2, 10000);
        add("tanaka", "田中", "shelter-staff", "shelter-password", "shelter:12, shelter:7");
        tryCompare(list, "count", 3, 10000);
        compare(dialogItem("accountsProblem").visible, false);
        // The store's rules reach the dialog: a short password is refused with its reason.
        add("ito", "", "viewer", "short", "");
        tryCompare(dialogItem("accountsProblem"), "visible", true);
        verify(dialogItem("accountsProblem").text.indexOf("at least 8 characters") >= 0, dialogItem("accountsProblem").text);
        compare(list.count, 3);
        const texts = overlayTexts();
        verify(texts.indexOf("Shelter staff") >= 0, "the role is not shown in words");
        verify(texts.indexOf("shelter:12, shelter:7") >= 0, "the bindings are not shown");

        keyClick(Qt.Key_Escape);
        tryVerify(() => overlayTexts().length === 0, 5000, "the Accounts dialog stayed");
    }

    function test_3_signOutHidesTheAdministration() {
        mouseClick(statusItem("signInOutButton"));
        tryCompare(testOperator, "signedIn", false);
        compare(statusItem("operatorLabel").text, "Viewer (not signed in)");
        compare(statusItem("signInOutButton").text, "Sign in…");
        verify(!accountsOffered(), "Accounts stays offered after sign-out");
        verify(!importOffered());
    }

    function test_4_signInRefusesAWrongPassword() {
        mouseClick(statusItem("signInOutButton"));
        tryVerify(() => overlayTexts().indexOf("Sign in") >= 0 && overlayTexts().indexOf("Create the administrator") < 0, 5000,
                  "no sign-in dialog: " + JSON.stringify(overlayTexts()));
        verify(dialogItem("signInRepeat").visible === false, "the sign-in asks for a repeated password");
        dialogItem("signInName").text = "sato";
        const password = dialogItem("signInPassword");
        password.forceActiveFocus();
        password.text = "wrong-password";
        keyClick(Qt.Key_Return);
        tryCompare(dialogItem("signInProblem"), "text", "unknown account or wrong password", 10000);
        verify(!testOperator.signedIn);
        compare(password.text, "", "the wrong password stays in the field");

        password.text = "planner-password";
        keyClick(Qt.Key_Return);
        tryVerify(() => testOperator.signedIn, 10000, testOperator.errorString);
        tryVerify(() => overlayTexts().length === 0, 5000);
        compare(testOperator.roleName, "planner");
        compare(statusItem("operatorLabel").text, "佐藤 · Planner");
        // A planner imports, but does not manage accounts.
        verify(importOffered(), "Import is not offered to the planner");
        verify(!accountsOffered(), "Accounts is offered to the planner");
    }

    function test_5_shelterStaffIsBoundAndCannotImport() {
        testOperator.signOut();
        verify(testOperator.signIn("tanaka", "shelter-password"), testOperator.errorString);
        compare(testOperator.roleName, "shelter-staff");
        compare(testOperator.bindings, ["shelter:12", "shelter:7"]);
        compare(statusItem("operatorLabel").text, "田中 · Shelter staff");
        verify(!importOffered(), "Import is offered to shelter staff");
        verify(!accountsOffered());
        verify(!testOperator.may("accounts.create", "account:x"));
        verify(testOperator.may("accounts.change-own-password", "account:tanaka"));
        // Closing the twin signs out: accounts belong to a twin.
        testSession.close();
        verify(!testOperator.signedIn);
    }

    function test_6_accountChangesReachTheSignedInOperator() {
        // The console watches the signed-in operator's account: changes made by an administrator
        // (here through this console's own connection; tst_operatorsession covers another one)
        // sign a disabled operator out and give a changed one the new role.
        window.openTwin(testAccountsTwinUrl);
        tryVerify(() => overlayTexts().indexOf("Sign in") >= 0, 5000, "no sign-in dialog: " + JSON.stringify(overlayTexts()));
        window.requestActivate();
        tryVerify(() => window.active, 5000);
        keyClick(Qt.Key_Escape);
        tryVerify(() => overlayTexts().length === 0, 5000, "the dialog stayed");
        verify(testOperator.signIn("chief", "chief-password-1"), testOperator.errorString);
        compare(statusItem("operatorNotice").visible, false);
        const accounts = testOperator.accounts;
        verify(accounts.setRole("sato", "administrator"), accounts.errorString);
        // The administrator disables their own account (sato is an administrator, too).
        verify(accounts.setDisabled("chief", true), accounts.errorString);
        tryVerify(() => !testOperator.signedIn, 5000, "the disabled operator stays signed in");
        compare(statusItem("operatorLabel").text, "Viewer (not signed in)");
        const notice = statusItem("operatorNotice");
        verify(notice.visible, "no notice");
        compare(notice.text, "Your account was disabled by an administrator; you are signed out.");
        verify(!accountsOffered(), "Accounts stays offered after the account was disabled");
        mouseClick(notice);
        tryCompare(notice, "visible", false);

        // A new role: sato re-enables chief, then makes themself a planner.
        verify(testOperator.signIn("sato", "planner-password"), testOperator.errorString);
        verify(accountsOffered(), "Accounts is hidden from the promoted administrator");
        verify(accounts.setDisabled("chief", false), accounts.errorString);
        verify(accounts.setRole("sato", "planner"), accounts.errorString);
        tryCompare(testOperator, "roleName", "planner", 5000);
        verify(testOperator.signedIn);
        compare(statusItem("operatorLabel").text, "佐藤 · Planner");
        verify(statusItem("operatorNotice").visible, "no notice of the changed role");
        verify(!accountsOffered(), "Accounts stays offered after the role changed");
        testSession.close();
    }
}
