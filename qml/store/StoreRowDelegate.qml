import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One variant as a location's customers meet it: its price there and why, what can be sold and
// whether it can be ordered.
ItemDelegate {
    id: root
    required property int index
    required property string variantId
    required property string sku
    required property string name
    required property string category
    required property string price
    required property string mrp
    required property string priceWhy
    required property string priceRule
    required property string available
    required property string orderability
    required property string orderabilityText
    required property double flashUntil // someone changed it: highlighted until then
    required property var columns
    property bool selected: ListView.isCurrentItem

    height: 52
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    LiveFlash { id: flash; until: root.flashUntil }

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        Rectangle {
            objectName: "liveFlash"
            anchors.fill: parent
            color: Theme.flash
            opacity: flash.level
        }
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    component Cell: Label {
        font.pixelSize: Theme.fontBody
        color: Theme.text
        elide: Text.ElideRight
        Layout.alignment: Qt.AlignVCenter
    }

    contentItem: RowLayout {
        spacing: 12
        Cell {
            text: root.sku
            font.family: Theme.monoFamily
            font.pixelSize: 12
            Layout.preferredWidth: root.columns.sku
        }
        Cell {
            text: root.name
            font.weight: Font.Medium
            Layout.fillWidth: true
        }
        Cell {
            text: root.category.replace(/\//g, " › ")
            color: Theme.textMuted
            visible: root.columns.category > 0
            Layout.preferredWidth: root.columns.category
        }
        // The price, its MRP, and the rule that chose it.
        ColumnLayout {
            spacing: 1
            Layout.preferredWidth: root.columns.price
            Layout.maximumWidth: root.columns.price
            Layout.alignment: Qt.AlignVCenter
            RowLayout {
                spacing: 6
                Layout.alignment: Qt.AlignRight
                Label {
                    objectName: "mrp"
                    text: root.mrp
                    visible: text.length > 0
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Label {
                    objectName: "price"
                    text: root.price
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: root.priceRule.length > 0 ? Theme.text : Theme.textMuted
                }
            }
            Label {
                objectName: "priceWhy"
                text: root.priceWhy
                font.pixelSize: Theme.fontSmall
                color: root.priceRule.indexOf("location") === 0 ? Theme.accent : Theme.textMuted
                elide: Text.ElideLeft
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
        }
        Cell {
            objectName: "available"
            // Nothing is kept here, so there is no quantity to speak of.
            text: root.orderability === "not_stocked" ? "–" : root.available
            horizontalAlignment: Text.AlignRight
            font.weight: Font.DemiBold
            color: root.orderability === "out_of_stock" ? Theme.bad
                 : root.orderability === "not_stocked" ? Theme.textMuted : Theme.text
            Layout.preferredWidth: root.columns.available
        }
        Item {
            Layout.preferredWidth: root.columns.status
            Layout.fillHeight: true
            StockBadge {
                objectName: "orderabilityBadge"
                anchors.verticalCenter: parent.verticalCenter
                text: root.orderabilityText
                tone: root.orderability === "orderable" ? "good"
                    : root.orderability === "out_of_stock" ? "bad"
                    : root.orderability === "no_price" ? "warn" : "muted"
            }
        }
    }
}
