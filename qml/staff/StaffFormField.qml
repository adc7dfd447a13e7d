import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field of a staff form; a problem with it outlines it in red and says why
// underneath.
ColumnLayout {
    id: root
    property alias label: title.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias inputObjectName: input.objectName
    property string error: ""
    readonly property bool marked: error.length > 0
    signal edited()
    // Focus left the field: its problems may show now.
    signal leftField()
    spacing: 3

    function focusInput() { input.forceActiveFocus() }

    Label {
        id: title
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    TextField {
        id: input
        Layout.fillWidth: true
        selectByMouse: true
        onTextEdited: root.edited()
        onEditingFinished: root.leftField()
        Rectangle {
            anchors.fill: parent
            visible: root.marked
            color: "transparent"
            radius: 3
            border.color: Theme.bad
            border.width: 2
        }
    }
    Label {
        objectName: input.objectName + "Error"
        visible: root.marked
        text: root.error
        color: Theme.bad
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
