import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The frame of a form that sends one command: a title, the form, the database's refusal beside
// it (the form keeps what was typed), and one action with progress while it runs. It closes when
// the database has applied the command it sent. The controller (StockController,
// PriceController…) has busy, commandHeadline, commandError, notice, clearMessages() and
// commandFinished(command, ok).
Dialog {
    id: root
    required property QtObject controller
    property string heading: ""
    property string subheading: ""
    property string actionText: qsTr("Save")
    property string closeText: qsTr("Cancel")
    // The command name the controller reports in commandFinished.
    property string command: ""
    // Whether the form is complete enough to send (a choice made, say).
    property bool ready: true
    signal submitted()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    padding: 20
    topPadding: 6
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    header: ColumnLayout {
        spacing: 2
        Label {
            text: root.heading
            font.pixelSize: 16
            font.weight: Font.Bold
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 18
        }
        Label {
            visible: text.length > 0
            text: root.subheading
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
        }
    }

    footer: ColumnLayout {
        spacing: 8
        RefusalBox {
            objectName: "refusal"
            visible: root.controller.commandError.length > 0
            headline: root.controller.commandHeadline
            text: root.controller.commandError
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
        }
        RowLayout {
            spacing: 8
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.bottomMargin: 18
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: root.controller.busy
                visible: running
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                visible: root.controller.busy
                text: qsTr("Saving…")
                color: Theme.textMuted
            }
            Button {
                objectName: root.objectName + "Cancel"
                text: root.closeText
                enabled: !root.controller.busy
                onClicked: root.close()
            }
            PrimaryButton {
                objectName: root.objectName + "Submit"
                text: root.actionText
                enabled: !root.controller.busy && root.ready
                onClicked: root.submitted()
            }
        }
    }

    Connections {
        target: root.controller
        function onCommandFinished(command, ok) {
            if (ok && root.opened && command === root.command)
                root.close()
        }
    }
    // A refusal or marked fields belong to this form; what a success did stays on the page.
    onClosed: if (!controller.busy && controller.notice.length === 0) controller.clearMessages()
}
