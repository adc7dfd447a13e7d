import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One row of a bulk change's preview: the price now and after, or why it stays.
Rectangle {
    id: root
    required property int index
    required property string sku
    required property string name
    required property string why
    required property string mrp
    required property string current
    required property string next
    required property string difference
    required property string problem
    required property string note
    required property bool changes
    required property var columns

    height: 40
    color: root.changes ? Theme.surface : Theme.warnSoft
    Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }

    component Cell: Label {
        font.pixelSize: Theme.fontBody
        color: Theme.text
        elide: Text.ElideRight
        Layout.alignment: Qt.AlignVCenter
    }

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
        spacing: 12
        Cell { text: root.sku; font.family: Theme.monoFamily; font.pixelSize: 12; Layout.preferredWidth: root.columns.sku }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Cell { text: root.name; font.weight: Font.Medium; Layout.fillWidth: true }
            Cell { text: root.why; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true }
        }
        Cell { text: root.mrp; color: Theme.textMuted; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: root.columns.money }
        Cell { text: root.current; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: root.columns.money }
        Cell {
            objectName: "bulkNext"
            text: root.next
            font.weight: Font.DemiBold
            color: root.changes ? Theme.text : Theme.textMuted
            font.strikeout: !root.changes && root.next !== "–"
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: root.columns.money
        }
        Cell {
            text: root.difference
            color: !root.changes ? Theme.textMuted : (root.difference.startsWith("-") ? Theme.bad : Theme.good)
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: root.columns.money
        }
        Cell {
            objectName: "bulkProblem"
            text: root.changes ? root.note : qsTr("Not changed: %1").arg(root.problem)
            color: root.changes ? Theme.textMuted : Theme.warn
            font.weight: root.changes ? Font.Normal : Font.DemiBold
            font.pixelSize: Theme.fontSmall + 1
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            Layout.preferredWidth: root.columns.problem
        }
    }
}
