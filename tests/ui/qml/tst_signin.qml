import QtQuick
import QtTest
import Stockroom.Ui
import Stockroom.Screens

// The window's two halves as Main.qml puts them together: the sign-in page, and the
// signed-in shell made afresh for every session.
Item {
    id: root
    width: 1300
    height: 800
    property AppController app: appUnderTest

    SignInPage {
        id: signInPage
        anchors.fill: parent
        visible: root.app.state === AppController.SignIn
        controller: root.app.signIn
    }
    Loader {
        id: shell
        anchors.fill: parent
        active: root.app.state === AppController.Ready
        sourceComponent: AppShell {
            app: root.app
        }
    }

    TestCase {
        name: "SignIn"
        when: windowShown

        function field(name) { return findChild(signInPage, name) }
        function shellPart(name) { return findChild(shell.item, name) }

        function typeInto(item, text) {
            item.forceActiveFocus()
            item.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(item.text, text)
        }

        function addServer(name, database) {
            mouseClick(field("addServerButton"))
            typeInto(field("serverNameField"), name)
            typeInto(field("hostField"), testHost)
            typeInto(field("portField"), testPort)
            typeInto(field("databaseField"), database)
            mouseClick(field("saveServerButton"))
            compare(field("serverProblem").visible, false)
        }

        function test_1_keychainUnavailableIsExplained() {
            tryCompare(root.app.signIn, "keychainChecked", true, 15000)
            verify(!root.app.signIn.keychainAvailable)
            verify(!field("rememberBox").enabled)
            verify(field("keychainNote").visible)
            verify(field("keychainNote").text.indexOf("cannot be remembered") >= 0,
                   field("keychainNote").text)
        }

        function test_2_addServer() {
            compare(root.app.signIn.servers.count, 0)
            addServer("Test cluster", testDatabase)
            compare(root.app.signIn.servers.count, 1)
            compare(field("serverBox").currentText, "Test cluster")
            compare(field("serverSummary").text,
                    testHost + ":" + testPort + " · " + testDatabase + " · SSL prefer")
        }

        function test_3_wrongPasswordKeepsTheLogin() {
            typeInto(field("loginField"), staffLogin)
            typeInto(field("passwordField"), "not-the-password")
            keyClick(Qt.Key_Return)
            tryCompare(root.app.signIn, "errorKind", "wrong_password", 15000)
            verify(field("signInError").visible)
            verify(field("signInError").text.indexOf("password is not right") >= 0,
                   field("signInError").text)
            compare(root.app.state, AppController.SignIn)
            compare(field("loginField").text, staffLogin)
            // The password is offered for retyping.
            verify(field("passwordField").activeFocus)
            compare(field("passwordField").selectedText, "not-the-password")
        }

        function test_4_signInShowsWhoAndWhere() {
            typeInto(field("passwordField"), staffPassword)
            mouseClick(field("signInButton"))
            tryCompare(root.app, "state", AppController.Ready, 15000)
            verify(root.app.signedIn)
            tryVerify(function() { return shell.item !== null })
            compare(shellPart("identityName").text, "Test Store manager")
            compare(shellPart("identityRole").text, "Store manager")
            compare(shellPart("identityWhere").text, "S1")
            compare(shellPart("railTenant").text, "Alpha")
            compare(root.app.roleKind, "store_manager")
            // Navigation offers what a store manager may use, and the catalog reads as them.
            compare(root.app.areas, ["catalog", "prices", "store", "stock", "reservations", "activity", "sources"])
            verify(shellPart("nav_catalog") !== null)
            tryCompare(shellPart("catalogList"), "count", 100, 15000)
        }

        function test_5_signOutReturnsToSignIn() {
            mouseClick(shellPart("identityButton"))
            const menu = shellPart("identityMenu")
            tryCompare(menu, "opened", true)
            // Switch user belongs to the embedded demo only.
            compare(shellPart("switchTo_demo_admin"), null)
            mouseClick(shellPart("signOutItem"))
            tryCompare(root.app, "state", AppController.SignIn)
            verify(!root.app.signedIn)
            compare(root.app.displayName, "")
            compare(field("loginField").text, staffLogin)
            compare(field("passwordField").text, "")
            compare(field("signInError").visible, false)
        }

        function test_6_notAStockroomDatabase() {
            addServer("Maintenance database", "postgres")
            compare(field("loginField").text, "")
            typeInto(field("loginField"), staffLogin)
            typeInto(field("passwordField"), staffPassword)
            keyClick(Qt.Key_Return)
            tryCompare(root.app.signIn, "errorKind", "not_stockroom", 15000)
            verify(field("signInError").text.indexOf("is not a Stockroom database") >= 0,
                   field("signInError").text)
        }

        function test_7_missingPasswordIsSaidBeforeConnecting() {
            field("passwordField").clear()
            mouseClick(field("signInButton"))
            compare(root.app.signIn.errorKind, "missing_password")
            compare(field("signInError").text, "Enter your password.")
        }
    }
}
