import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Sign in to a Stockroom server: which server (saved profiles, editable here), login,
// password and "Remember me". What went wrong is said in the card, in words to act on.
Rectangle {
    id: page
    required property SignInController controller
    /** The demo's accounts, shown as a hint while the embedded demo server is selected. */
    property var demoAccounts: []
    color: Theme.window

    readonly property var server: controller.currentServer
    readonly property bool hasServer: server.name !== undefined

    function focusFirstEmpty() {
        if (loginField.text.length === 0)
            loginField.forceActiveFocus()
        else
            passwordField.forceActiveFocus()
    }

    Component.onCompleted: focusFirstEmpty()
    onVisibleChanged: if (visible) { passwordField.clear(); focusFirstEmpty() }

    Connections {
        target: page.controller
        function onErrorChanged() {
            const kind = page.controller.errorKind
            if (kind === "missing_login") {
                loginField.forceActiveFocus()
            } else if (kind.length > 0) {
                // Keep the login; offer the password for retyping.
                passwordField.forceActiveFocus()
                passwordField.selectAll()
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight + 80)
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(page.width - 48, 460)
            x: (page.width - width) / 2
            y: Math.max(40, (page.height - implicitHeight) / 2)
            spacing: 16

            ColumnLayout {
                spacing: 2
                Layout.alignment: Qt.AlignHCenter
                Label {
                    text: qsTr("Stockroom")
                    font.pixelSize: 28
                    font.weight: Font.Bold
                    color: Theme.text
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: qsTr("Sign in to your back office")
                    color: Theme.textMuted
                    Layout.alignment: Qt.AlignHCenter
                }
            }

            Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border
                Layout.fillWidth: true
                Layout.preferredHeight: card.implicitHeight + 48

                ColumnLayout {
                    id: card
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                    spacing: 6

                    FieldLabel { text: qsTr("Server"); visible: !editor.visible }
                    RowLayout {
                        spacing: 6
                        visible: !editor.visible
                        Layout.fillWidth: true
                        ComboBox {
                            id: serverBox
                            objectName: "serverBox"
                            model: page.controller.servers
                            textRole: "name"
                            currentIndex: page.controller.currentIndex
                            enabled: !page.controller.busy && !editor.visible && count > 0
                            displayText: count > 0 ? currentText : qsTr("No server yet")
                            Layout.fillWidth: true
                            onActivated: index => page.controller.currentIndex = index
                        }
                        Button {
                            objectName: "editServerButton"
                            text: qsTr("Edit")
                            enabled: page.hasServer && !page.server.builtIn && !page.controller.busy
                            visible: !editor.visible
                            onClicked: editor.edit(page.server)
                        }
                        Button {
                            objectName: "addServerButton"
                            text: qsTr("Add…")
                            enabled: !page.controller.busy
                            visible: !editor.visible
                            onClicked: editor.add()
                        }
                    }
                    Label {
                        objectName: "serverSummary"
                        visible: !editor.visible
                        text: page.hasServer ? page.server.summary
                                             : qsTr("Add the Stockroom server your company gave you: its address, or its host, port and database.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.bottomMargin: 8
                    }

                    ServerProfileEditor {
                        id: editor
                        controller: page.controller
                        visible: false
                        Layout.fillWidth: true
                        onClosed: page.focusFirstEmpty()
                    }

                    ColumnLayout {
                        visible: !editor.visible
                        spacing: 6
                        Layout.fillWidth: true

                        FieldLabel { text: qsTr("Login") }
                        TextField {
                            id: loginField
                            objectName: "loginField"
                            text: page.controller.login
                            enabled: !page.controller.busy
                            selectByMouse: true
                            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                            Layout.fillWidth: true
                            onTextEdited: page.controller.login = text
                            Keys.onReturnPressed: passwordField.forceActiveFocus()
                            Keys.onEnterPressed: passwordField.forceActiveFocus()
                        }

                        FieldLabel { text: qsTr("Password"); Layout.topMargin: 4 }
                        TextField {
                            id: passwordField
                            objectName: "passwordField"
                            echoMode: TextInput.Password
                            enabled: !page.controller.busy
                            placeholderText: page.controller.hasSavedPassword ? qsTr("Saved in the keychain") : ""
                            selectByMouse: true
                            Layout.fillWidth: true
                            Keys.onReturnPressed: signInButton.clicked()
                            Keys.onEnterPressed: signInButton.clicked()
                        }

                        CheckBox {
                            objectName: "rememberBox"
                            text: qsTr("Remember me on this computer")
                            checked: page.controller.remember
                            enabled: page.controller.keychainAvailable && !page.controller.busy
                            padding: 0
                            Layout.topMargin: 4
                            onToggled: page.controller.remember = checked
                        }
                        Label {
                            objectName: "keychainNote"
                            visible: text.length > 0
                            text: page.controller.keychainText
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }

                        Rectangle {
                            visible: page.controller.errorText.length > 0
                            color: Theme.badSoft
                            radius: Theme.radius
                            border.color: "#fca5a5"
                            Layout.fillWidth: true
                            Layout.topMargin: 6
                            Layout.preferredHeight: errorLabel.implicitHeight + 20
                            Label {
                                id: errorLabel
                                objectName: "signInError"
                                anchors { fill: parent; margins: 10 }
                                text: page.controller.errorText
                                color: Theme.bad
                                wrapMode: Text.WordWrap
                                textFormat: Text.PlainText
                            }
                        }

                        PrimaryButton {
                            id: signInButton
                            objectName: "signInButton"
                            text: page.controller.busy ? qsTr("Signing in…") : qsTr("Sign in")
                            enabled: !page.controller.busy && page.hasServer
                            Layout.fillWidth: true
                            Layout.topMargin: 8
                            Layout.preferredHeight: 38
                            onClicked: {
                                page.controller.signIn(passwordField.text)
                            }
                        }
                        BusyIndicator {
                            running: page.controller.busy
                            visible: running
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredHeight: 28
                            Layout.preferredWidth: 28
                        }
                    }
                }
            }

            Label {
                objectName: "demoHint"
                visible: page.hasServer && page.server.builtIn && page.demoAccounts.length > 0 && !editor.visible
                text: {
                    const lines = page.demoAccounts.map(a => qsTr("%1 / %2 — %3").arg(a.login).arg(a.password).arg(a.roleTitle))
                    return qsTr("Demo accounts (login / password):") + "\n" + lines.join("\n")
                }
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }
}
