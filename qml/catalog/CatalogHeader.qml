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

    component HeaderCell: Label {
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        color: Theme.textMuted
        elide: Text.ElideRight
        Layout.alignment: Qt.AlignVCenter
    }

    RowLayout {
        anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
        spacing: 12
        HeaderCell { text: qsTr("SKU"); Layout.preferredWidth: root.columns.sku }
        HeaderCell { text: qsTr("Name"); Layout.fillWidth: true }
        HeaderCell { text: qsTr("Barcode"); Layout.preferredWidth: root.columns.barcode }
        HeaderCell { text: qsTr("Category"); Layout.preferredWidth: root.columns.category }
        HeaderCell { text: qsTr("Pack"); Layout.preferredWidth: root.columns.pack; horizontalAlignment: Text.AlignRight }
        HeaderCell { text: qsTr("Price"); Layout.preferredWidth: root.columns.price; horizontalAlignment: Text.AlignRight }
        HeaderCell { text: qsTr("Available"); Layout.preferredWidth: root.columns.available; horizontalAlignment: Text.AlignRight }
    }
}
