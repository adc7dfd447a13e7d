import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Column titles above the staff list; widths come from the page so rows line up.
Rectangle {
    id: root
    required property var columns
    height: 34
    color: Theme.surfaceAlt
    border.color: Theme.border

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
        spacing: 12
        ColumnTitle { text: qsTr("Name and login"); Layout.fillWidth: true }
        ColumnTitle { text: qsTr("Role"); Layout.preferredWidth: root.columns.role }
        ColumnTitle { text: qsTr("Where they work"); Layout.preferredWidth: root.columns.scope }
        ColumnTitle { text: qsTr("Status"); Layout.preferredWidth: root.columns.status }
    }
}
