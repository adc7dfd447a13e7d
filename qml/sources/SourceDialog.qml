import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The frame of every Sources form: a title, the form, the database's refusal below it (the form
// keeps what was typed), an optional second action the refusal calls for (replace a mapping),
// and the main action with progress. It closes once the database has applied its command.
Dialog {
    id: root
    required property SourcesController controller
    property string heading: ""
    property string subheading: ""
    property string actionText: qsTr("Save")
    property bool actionEnabled: true
    // The command name SourcesController reports in commandFinished.
    property string command: ""
    property string extraText: ""
    property bool extraVisible: false
    // The second action stands apart, at the left, when it is not a variant of the main one
    // (deactivating, beside saving).
    property bool extraLeading: false
    default property alias form: body.data
    signal submitted()
    signal extraClicked()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 540
    padding: 20
    topPadding: 14
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

    contentItem: ColumnLayout {
        id: body
        spacing: 8
    }

    footer: ColumnLayout {
        spacing: 8
        Rectangle {
            visible: root.controller.commandError.length > 0 && root.opened
            color: Theme.badSoft
            radius: Theme.radius
            border.color: "#fecaca"
            implicitHeight: refusal.implicitHeight + 20
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Label {
                id: refusal
                objectName: root.objectName + "Refusal"
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                text: root.controller.commandError
                color: Theme.bad
                wrapMode: Text.WordWrap
            }
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.bottomMargin: 18
            Button {
                objectName: root.objectName + "Leading"
                visible: root.extraVisible && root.extraLeading
                text: root.extraText
                enabled: !root.controller.busy
                onClicked: root.extraClicked()
            }
            BusyIndicator {
                running: root.controller.busy
                visible: running
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: root.objectName + "Cancel"
                text: qsTr("Cancel")
                enabled: !root.controller.busy
                onClicked: root.close()
            }
            Button {
                objectName: root.objectName + "Extra"
                visible: root.extraVisible && !root.extraLeading
                text: root.extraText
                enabled: !root.controller.busy
                onClicked: root.extraClicked()
            }
            PrimaryButton {
                objectName: root.objectName + "Submit"
                // Wide enough for every action's words: a text changed while the dialog was
                // closed does not resize the button in Qt 6.4's layouts.
                Layout.preferredWidth: 110
                text: root.actionText
                enabled: !root.controller.busy && root.actionEnabled
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
    onAboutToShow: controller.clearMessages()
    // A refusal belongs to this form; what a success did stays on the page.
    onClosed: if (!controller.busy && controller.notice.length === 0) controller.clearMessages()
}
