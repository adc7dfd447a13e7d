import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Column titles above the prices list; widths come from the page so rows line up.
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
        ColumnTitle { text: qsTr("Name · why this price"); Layout.fillWidth: true }
        ColumnTitle { text: qsTr("MRP"); visible: root.columns.mrp > 0; Layout.preferredWidth: root.columns.mrp; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("Price"); Layout.preferredWidth: root.columns.price; horizontalAlignment: Text.AlignRight }
        ColumnTitle { text: qsTr("GST"); visible: root.columns.tax > 0; Layout.preferredWidth: root.columns.tax; horizontalAlignment: Text.AlignRight }
    }
}
