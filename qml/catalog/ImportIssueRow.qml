import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One problem of one row: the file's line, the column (as the file names it), what was there,
// and why it cannot be taken.
Rectangle {
    id: row
    required property int index
    required property var line
    required property string column
    required property string value
    required property string reason
    implicitHeight: Math.max(36, reasonLabel.implicitHeight + 14)
    color: index % 2 === 0 ? Theme.surface : Theme.surfaceAlt
    Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
    RowLayout {
        anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
        spacing: 12
        Label {
            text: row.line
            font.family: Theme.monoFamily
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 56
        }
        Label {
            text: row.column.length > 0 ? row.column : qsTr("whole row")
            color: row.column.length > 0 ? Theme.text : Theme.textMuted
            elide: Text.ElideRight
            Layout.preferredWidth: 170
        }
        Label {
            text: row.value
            font.family: Theme.monoFamily
            elide: Text.ElideRight
            Layout.preferredWidth: 170
        }
        Label {
            id: reasonLabel
            text: row.reason
            color: Theme.bad
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
