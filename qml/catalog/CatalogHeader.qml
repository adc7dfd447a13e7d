import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Column titles above the catalog list; widths come from the page so rows line up.
Rectangle {
    id: root
    required property var columns
    height: 34
    color: Theme.surfaceAlt
    border.color: Theme.border

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
        spacing: 12
        ColumnTitle { text: qsTr("SKU"); Layout.preferredWidth: root.columns.sku }
        ColumnTitle { text: qsTr("Name"); Layout.fillWidth: true }
        ColumnTitle { text: qsTr("Barcode"); visible: root.columns.barcode > 0; Layout.preferredWidth: root.columns.barcode }
        ColumnTitle { text: qsTr("Category"); visible: root.columns.category > 0; Layout.preferredWidth: root.columns.category }
        ColumnTitle { text: qsTr("Pack"); Layout.preferredWidth: root.columns.pack; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Price"); Layout.preferredWidth: root.columns.price; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Available"); Layout.preferredWidth: root.columns.available; horizontalAlignment: Text.AlignRight }
    }
}
