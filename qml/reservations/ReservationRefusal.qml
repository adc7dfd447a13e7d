import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Why the database refused a reservation command, next to what sent it: the code's headline,
// the database's own message, and its hint of what to do.
Rectangle {
    id: root
    // {headline, message, hint}; empty hides the box.
    property var refusal: ({})
    property bool dismissable: false
    signal dismissed()
    readonly property bool shown: refusal !== undefined && refusal !== null && (refusal.headline || "").length > 0

    visible: shown
    color: Theme.badSoft
    radius: Theme.radius
    border.color: "#fecaca"
    implicitHeight: shown ? body.implicitHeight + 16 : 0

    ColumnLayout {
        id: body
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 10; rightMargin: root.dismissable ? 34 : 10 }
        spacing: 2
        Label {
            objectName: "refusalHeadline"
            text: root.shown ? root.refusal.headline : ""
            color: Theme.bad
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "refusalMessage"
            text: root.shown ? (root.refusal.message || "") : ""
            visible: text.length > 0
            color: Theme.bad
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "refusalHint"
            text: root.shown ? (root.refusal.hint || "") : ""
            visible: text.length > 0
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
    }
    ToolButton {
        visible: root.dismissable
        anchors { right: parent.right; top: parent.top; margins: 2 }
        text: "×"
        font.pixelSize: 16
        onClicked: root.dismissed()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Dismiss")
    }
}
