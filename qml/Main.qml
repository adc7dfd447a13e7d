import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

ApplicationWindow {
    id: window
    required property AppController app
    property string startArea: "" // the screen to open after signing in (--screen)

    width: 1360
    height: 820
    minimumWidth: 1280
    minimumHeight: 600
    visible: true
    title: app.signedIn ? qsTr("Stockroom — %1").arg(app.tenantName) : qsTr("Stockroom")
    color: Theme.window

    StartupPage {
        anchors.fill: parent
        visible: window.app.state === AppController.Starting || window.app.state === AppController.Failed
        app: window.app
    }

    SignInPage {
        anchors.fill: parent
        visible: window.app.state === AppController.SignIn
        controller: window.app.signIn
        demoAccounts: window.app.demoAccounts // shown only for the embedded demo server
    }

    // Made afresh for every session, so nothing of the previous person's screens stays.
    Loader {
        anchors.fill: parent
        active: window.app.state === AppController.Ready
        sourceComponent: AppShell {
            app: window.app
            startArea: window.startArea
        }
    }
}
