import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Adds or changes a saved server: a pasted postgresql:// address fills the fields, or they are
// typed. Only where the server is and how to reach it is saved — never a password.
ColumnLayout {
    id: editor
    required property SignInController controller
    property int row: -1          // the profile being changed; -1 adds one
    property string problem: ""
    property string loginFromAddress: ""
    signal closed()
    spacing: 6

    function add() {
        row = -1
        fill({ name: "", host: "", port: 5432, database: "stockroom", sslMode: "prefer" })
        addressField.clear()
        visible = true
        addressField.forceActiveFocus()
    }
    function edit(server) {
        row = controller.currentIndex
        fill(server)
        addressField.clear()
        visible = true
        nameField.forceActiveFocus()
    }
    function fill(server) {
        problem = ""
        loginFromAddress = ""
        nameField.text = server.name
        hostField.text = server.host
        portField.text = String(server.port)
        databaseField.text = server.database
        sslBox.currentIndex = Math.max(0, sslBox.indexOfValue(server.sslMode))
        streamField.text = server.streamAddress || ""
    }
    function fillFromAddress() {
        const parsed = controller.parseAddress(addressField.text)
        if (parsed.error !== undefined) {
            problem = parsed.error
            return
        }
        const keepName = nameField.text
        fill(parsed)
        if (keepName.length > 0)
            nameField.text = keepName
        loginFromAddress = parsed.login
    }
    function save() {
        problem = controller.saveServer(row, nameField.text, hostField.text,
                                        parseInt(portField.text) || 0, databaseField.text,
                                        sslBox.currentValue, streamField.text)
        if (problem.length > 0)
            return
        if (loginFromAddress.length > 0)
            controller.login = loginFromAddress
        close()
    }
    function close() {
        visible = false
        closed()
    }

    Label {
        text: editor.row < 0 ? qsTr("Add a server") : qsTr("Change this server")
        font.pixelSize: 15
        font.weight: Font.DemiBold
        color: Theme.text
        Layout.bottomMargin: 6
    }

    FieldLabel { text: qsTr("Address (optional)") }
    RowLayout {
        spacing: 6
        Layout.fillWidth: true
        TextField {
            id: addressField
            objectName: "addressField"
            placeholderText: "postgresql://login@host:5432/stockroom?sslmode=require"
            selectByMouse: true
            Layout.fillWidth: true
            onAccepted: editor.fillFromAddress()
        }
        Button {
            objectName: "fillFromAddressButton"
            text: qsTr("Fill in")
            enabled: addressField.text.length > 0
            onClicked: editor.fillFromAddress()
        }
    }

    FieldLabel { text: qsTr("Name"); Layout.topMargin: 4 }
    TextField {
        id: nameField
        objectName: "serverNameField"
        placeholderText: qsTr("e.g. Head office")
        selectByMouse: true
        Layout.fillWidth: true
    }

    RowLayout {
        spacing: 10
        Layout.fillWidth: true
        ColumnLayout {
            spacing: 6
            Layout.fillWidth: true
            FieldLabel { text: qsTr("Host") }
            TextField {
                id: hostField
                objectName: "hostField"
                placeholderText: qsTr("db.example.com")
                selectByMouse: true
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 6
            Layout.preferredWidth: 140
            Layout.fillWidth: false
            FieldLabel { text: qsTr("Port") }
            TextField {
                id: portField
                objectName: "portField"
                validator: IntValidator { bottom: 1; top: 65535 }
                selectByMouse: true
                Layout.fillWidth: true
            }
        }
    }

    RowLayout {
        spacing: 10
        Layout.fillWidth: true
        ColumnLayout {
            spacing: 6
            Layout.fillWidth: true
            FieldLabel { text: qsTr("Database") }
            TextField {
                id: databaseField
                objectName: "databaseField"
                selectByMouse: true
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 6
            Layout.preferredWidth: 140
            Layout.fillWidth: false
            FieldLabel { text: qsTr("SSL mode") }
            ComboBox {
                id: sslBox
                objectName: "sslModeBox"
                model: editor.controller.sslModes
                Layout.fillWidth: true
            }
        }
    }

    FieldLabel { text: qsTr("Live updates (optional)"); Layout.topMargin: 4 }
    TextField {
        id: streamField
        objectName: "streamAddressField"
        // Empty means the usual place: the stream port beside the database.
        placeholderText: qsTr("Usual: %1").arg("ws://" + (hostField.text.trim().length > 0 && !hostField.text.trim().startsWith("/")
                                                          ? hostField.text.trim() : "localhost") + ":8792/ws")
        selectByMouse: true
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
        Layout.fillWidth: true
    }

    Label {
        objectName: "serverProblem"
        visible: editor.problem.length > 0
        text: editor.problem
        color: Theme.bad
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    RowLayout {
        spacing: 6
        Layout.fillWidth: true
        Layout.topMargin: 8
        Button {
            objectName: "deleteServerButton"
            text: qsTr("Delete")
            visible: editor.row >= 0
            onClicked: {
                editor.controller.removeServer(editor.row)
                editor.close()
            }
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "cancelServerButton"
            text: qsTr("Cancel")
            onClicked: editor.close()
        }
        PrimaryButton {
            objectName: "saveServerButton"
            text: qsTr("Save")
            leftPadding: 18
            rightPadding: 18
            onClicked: editor.save()
        }
    }
}
