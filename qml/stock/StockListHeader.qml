import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Column titles above the stock list; widths come from the page so rows line up.
Rectangle {
    id: root
    required property var columns
    height: 34
    color: Theme.surfaceAlt
    border.color: Theme.border

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
        spacing: 10
        ColumnTitle { text: qsTr("SKU"); Layout.preferredWidth: root.columns.sku }
        ColumnTitle { text: qsTr("Name"); Layout.fillWidth: true }
        ColumnTitle { text: qsTr("Location"); Layout.preferredWidth: root.columns.location }
        ColumnTitle { text: qsTr("On hand"); Layout.preferredWidth: root.columns.onHand; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Reserved"); visible: root.columns.reserved > 0; Layout.preferredWidth: root.columns.reserved; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Available"); Layout.preferredWidth: root.columns.available; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("In transit"); visible: root.columns.inTransit > 0; Layout.preferredWidth: root.columns.inTransit; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Reorder"); visible: root.columns.reorder > 0; Layout.preferredWidth: root.columns.reorder; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Rack/bin"); visible: root.columns.bin > 0; Layout.preferredWidth: root.columns.bin }
        ColumnTitle { text: qsTr("Status"); Layout.preferredWidth: root.columns.status }
    }
}
