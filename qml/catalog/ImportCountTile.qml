import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One count of an import's report: the number, large, and what it counts.
Rectangle {
    id: root
    property string value: "0"
    property string label: ""
    property bool alarming: false
    implicitWidth: 150
    implicitHeight: 58
    radius: Theme.radius
    color: alarming ? Theme.badSoft : Theme.surfaceAlt
    border.color: Theme.border
    ColumnLayout {
        anchors { fill: parent; margins: 8 }
        spacing: 0
        Label {
            objectName: root.objectName + "Value"
            text: root.value
            font.pixelSize: 18
            font.weight: Font.Bold
            color: root.alarming ? Theme.bad : Theme.text
        }
        Label { text: root.label; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    }
}
