import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// A refusal in the database's words, beside what was refused: its headline in bold over what
// it says (what, where, and what to do).
Rectangle {
    id: root
    property string headline: ""
    property string text: ""
    property int padding: 10

    color: Theme.badSoft
    radius: Theme.radius
    border.color: "#fecaca"
    implicitHeight: body.implicitHeight + 2 * padding

    ColumnLayout {
        id: body
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: root.padding }
        spacing: 2
        Label {
            objectName: "refusalHeadline"
            text: root.headline
            color: Theme.bad
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "refusalText"
            text: root.text
            color: Theme.bad
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
