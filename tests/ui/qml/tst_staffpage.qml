import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1300
    height: 800

    StaffPage {
        id: page
        anchors.fill: parent
        controller: staffController
    }

    TestCase {
        name: "StaffPage"
        when: windowShown

        readonly property string newLogin: "asha.k_" + loginSuffix

        function list() { return findChild(page, "staffList") }
        function child(name, within) {
            const item = findChild(within || page, name)
            verify(item, "no item named " + name)
            return item
        }
        function shoot(name) {
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/" + name + ".png")
        }
        function typeInto(name, text) {
            const field = child(name)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function rowOf(login) {
            for (let i = 0; i < list().count; ++i) {
                const item = list().itemAtIndex(i)
                if (item && item.login === login)
                    return item
            }
            return null
        }
        function fillNewAccount(login) {
            mouseClick(child("newAccountButton"))
            typeInto("nameField", "Asha Kulkarni")
            typeInto("loginField", login)
            typeInto("PasswordField", "shelf-stacker-9")
            typeInto("ConfirmField", "shelf-stacker-9")
            const store = child("place_S1")
            if (!store.checked)
                mouseClick(store)
            verify(store.checked)
        }

        function test_1_listShowsTheSignedInAdmin() {
            tryCompare(list(), "count", 1, 15000)
            const me = list().itemAtIndex(0)
            verify(me.self)
            compare(me.roleTitle, "Admin")
            compare(child("staffSummary").text, "1 person")
            // Selecting yourself: the disable button is greyed out, with the reason.
            mouseClick(me)
            tryCompare(staffController, "selectedRow", 0)
            tryCompare(child("detailLogin"), "text", me.login)
            compare(child("toggleActiveButton").enabled, false)
            verify(child("disableReason").visible)
            shoot("staffpage-self")
        }

        function test_2_createAccountAddsAndSelectsTheRow() {
            fillNewAccount(newLogin)
            shoot("staffpage-create")
            mouseClick(child("createButton"))
            tryCompare(list(), "count", 2, 15000)
            tryCompare(staffController, "busy", false, 15000)
            const row = rowOf(newLogin)
            verify(row)
            compare(row.displayName, "Asha Kulkarni")
            compare(row.roleTitle, "Store manager")
            compare(row.scopeText, "S1")
            compare(list().currentIndex, row.index)
            tryCompare(child("detailLogin"), "text", newLogin)
            verify(child("staffNotice").text.indexOf(newLogin) >= 0)
            compare(child("staffSummary").text, "2 people")
            shoot("staffpage")
        }

        function test_3_refusedCommandShowsItsMessageAndKeepsTheForm() {
            fillNewAccount(newLogin)
            mouseClick(child("createButton"))
            tryVerify(function() { return child("createError").visible }, 15000)
            compare(child("createError").text,
                    "A database login named \"" + newLogin + "\" already exists on this server.\nChoose another login name.")
            // What was typed is still there, and the login is marked.
            compare(child("loginField").text, newLogin)
            compare(child("nameField").text, "Asha Kulkarni")
            compare(child("loginFieldError").text, "This login is taken; choose another.")
            compare(list().count, 2)
            shoot("staffpage-refused")
        }

        function test_4_clientSideChecksMarkFieldsBeforeSending() {
            typeInto("loginField", "Not A Login")
            typeInto("ConfirmField", "something else")
            mouseClick(child("place_S1"))   // no scope left
            mouseClick(child("createButton"))
            verify(!staffController.busy)
            verify(child("loginFieldError").visible)
            verify(child("ConfirmFieldError").visible)
            verify(child("scopeError").visible)
            verify(!child("nameFieldError").visible)
            shoot("staffpage-marked")
            // Editing a field unmarks it.
            keyClick("x")
            verify(child("ConfirmFieldError").visible === true)
            typeInto("loginField", "fine.login")
            verify(!child("loginFieldError").visible)
        }

        function test_5_disableAfterConfirming() {
            mouseClick(rowOf(newLogin))
            tryCompare(child("detailLogin"), "text", newLogin)
            const toggle = child("toggleActiveButton")
            verify(toggle.enabled)
            mouseClick(toggle)
            const dialog = child("activeDialog")
            tryCompare(dialog, "opened", true)
            shoot("staffpage-confirm")
            mouseClick(findChild(dialog, "confirmActiveButton"))
            tryVerify(function() { const r = rowOf(newLogin); return r && !r.active }, 15000)
            // Still listed and selected although disabled accounts are hidden.
            compare(list().currentIndex, rowOf(newLogin).index)
            compare(child("toggleActiveButton").text, "Enable account…")
            compare(child("staffSummary").text, "2 people · 1 disabled")
            shoot("staffpage-disabled")
        }

        function test_6_changeWhereTheyWork() {
            mouseClick(child("changeScopeButton"))
            // The detail panel's own picker, not the (hidden) one of the new-account form.
            const panel = child("staffDetail")
            const store = child("place_S1", panel)
            tryCompare(store, "visible", true)
            wait(100)                       // let the panel lay out the picker before clicking
            verify(store.checked)           // the current scope is ticked
            mouseClick(store)
            mouseClick(child("place_L1", panel))
            mouseClick(child("place_DS1", panel))
            shoot("staffpage-scope")
            mouseClick(child("saveScopeButton"))
            // The list reloads (new delegates), so look the row up afresh each time.
            tryVerify(function() { const r = rowOf(newLogin); return r && r.scopeText === "DS1, L1" }, 15000)
            tryCompare(child("changeScopeButton"), "visible", true)
            compare(list().currentIndex, rowOf(newLogin).index)
        }

        function test_7_resetPasswordChecksTheRepeat() {
            mouseClick(child("resetPasswordButton"))
            typeInto("resetPasswordField", "a-new-password")
            typeInto("resetConfirmField", "a-new-passwort")
            mouseClick(child("savePasswordButton"))
            verify(child("resetConfirmFieldError").visible)
            typeInto("resetConfirmField", "a-new-password")
            mouseClick(child("savePasswordButton"))
            tryVerify(function() { return child("staffNotice").text.indexOf("New password") === 0 }, 15000)
            tryCompare(child("resetPasswordButton"), "visible", true)
        }
    }
}
