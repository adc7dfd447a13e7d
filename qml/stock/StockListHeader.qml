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
        ColumnTitle { text: qsTr("On hand"); Layout.preferredWidth: root.columns.qty; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Reserved"); Layout.preferredWidth: root.columns.qty; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Available"); Layout.preferredWidth: root.columns.qty; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("In transit"); Layout.preferredWidth: root.columns.qty; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Reorder"); Layout.preferredWidth: root.columns.qty; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Rack/bin"); Layout.preferredWidth: root.columns.bin }
        ColumnTitle { text: qsTr("Status"); Layout.preferredWidth: root.columns.status }
    }
}
