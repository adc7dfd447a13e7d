import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Read-only facts about the selected variant: identity, price, stock by location, barcodes,
// units and attributes.
Rectangle {
    id: root
    required property VariantDetailController controller
    readonly property var d: controller.detail
    color: Theme.surface
    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }

    Label {
        anchors.centerIn: parent
        visible: root.controller.errorText.length > 0
        text: root.controller.errorText
        color: Theme.bad
        wrapMode: Text.WordWrap
        width: parent.width - 40
    }

    ScrollView {
        id: scroller
        anchors { fill: parent; leftMargin: 1 }
        visible: root.d.id !== undefined
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 18
                spacing: 4
                Label {
                    objectName: "detailName"
                    text: root.d.name || ""
                    font.pixelSize: 17
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: (root.d.category || "").replace(/\//g, " › ")
                    color: Theme.textMuted
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    spacing: 16
                    Layout.topMargin: 10
                    Layout.fillWidth: true
                    ColumnLayout {
                        spacing: 0
                        Label { text: qsTr("Price"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label { text: root.d.price || ""; font.pixelSize: 20; font.weight: Font.DemiBold; color: Theme.text }
                    }
                    ColumnLayout {
                        spacing: 0
                        Label { text: qsTr("MRP"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label { text: root.d.mrp || ""; font.pixelSize: 15; color: Theme.textMuted; Layout.topMargin: 4 }
                    }
                    ColumnLayout {
                        spacing: 0
                        visible: (root.d.tax || "").length > 0
                        Label { text: qsTr("GST"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label { text: root.d.tax || ""; font.pixelSize: 15; color: Theme.textMuted; Layout.topMargin: 4 }
                    }
                    ColumnLayout {
                        spacing: 0
                        Label { text: qsTr("Available"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        Label { text: root.d.available || "0"; font.pixelSize: 20; font.weight: Font.DemiBold; color: Theme.accent }
                    }
                }
                Label {
                    objectName: "detailPriceWhy"
                    text: (root.d.priceWhy || "").length > 0 ? qsTr("Price: %1").arg(root.d.priceWhy)
                                                             : qsTr("Not priced here")
                    color: (root.d.priceWhy || "").length > 0 ? Theme.accent : Theme.warn
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 18
                Layout.rightMargin: 18
                spacing: 4
                SectionHeader { text: qsTr("Overview") }
                FactRow { label: qsTr("SKU"); value: root.d.sku || ""; Layout.fillWidth: true }
                FactRow { label: qsTr("Product"); value: root.d.product || ""; Layout.fillWidth: true }
                FactRow { label: qsTr("Brand"); value: root.d.brand || "–"; Layout.fillWidth: true }
                FactRow { label: qsTr("Pack"); value: root.d.pack || ""; Layout.fillWidth: true }
                FactRow { label: qsTr("Stock unit"); value: root.d.stockUom || ""; Layout.fillWidth: true }
                FactRow {
                    label: qsTr("Status")
                    value: root.d.archived ? qsTr("Archived") : qsTr("Active")
                    Layout.fillWidth: true
                }
                FactRow {
                    label: qsTr("Version")
                    value: qsTr("%1, changed %2").arg(root.d.version || 0).arg(root.d.updatedAt || "")
                    Layout.fillWidth: true
                }

                SectionHeader { text: qsTr("Stock by location") }
                Repeater {
                    model: root.d.stock || []
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 8
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label { text: modelData.location; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label {
                                text: qsTr("On hand %1 · reserved %2").arg(modelData.onHand).arg(modelData.reserved)
                                      + (modelData.inTransit !== "0" ? qsTr(" · in transit %1").arg(modelData.inTransit) : "")
                                      + (modelData.bin.length > 0 ? "\n" + modelData.bin : "")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Label {
                            text: modelData.available
                            font.weight: Font.DemiBold
                            color: modelData.low ? Theme.warn : Theme.text
                        }
                    }
                }
                Label {
                    visible: (root.d.stock || []).length === 0
                    text: qsTr("Not stocked at any location.")
                    color: Theme.textMuted
                }

                SectionHeader { text: qsTr("Prices") }
                Repeater {
                    model: root.d.prices || []
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 8
                        opacity: modelData.current ? 1 : 0.6
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: modelData.location + " · " + modelData.channel + (modelData.current ? qsTr("  (in effect here)") : "")
                                color: Theme.text
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("MRP %1 · GST %2 · %3").arg(modelData.mrp).arg(modelData.tax).arg(modelData.period)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        Label { text: modelData.price; font.weight: Font.DemiBold; color: Theme.text }
                    }
                }

                SectionHeader { text: qsTr("Barcodes") }
                Repeater {
                    model: root.d.barcodes || []
                    delegate: Label {
                        required property var modelData
                        text: modelData.barcode + "  " + modelData.type + (modelData.primary ? qsTr(" · primary") : "")
                        font.family: Theme.monoFamily
                        color: Theme.text
                    }
                }

                SectionHeader { text: qsTr("Units"); visible: (root.d.uoms || []).length > 0 }
                Repeater {
                    model: root.d.uoms || []
                    delegate: Label {
                        required property var modelData
                        text: qsTr("1 %1 = %2").arg(modelData.uom).arg(modelData.factor) + (modelData.use.length > 0 ? " · " + modelData.use : "")
                        color: Theme.text
                    }
                }

                SectionHeader { text: qsTr("Attributes"); visible: (root.d.attributes || []).length > 0 }
                Repeater {
                    model: root.d.attributes || []
                    delegate: FactRow {
                        required property var modelData
                        label: modelData.name
                        value: modelData.value
                        Layout.fillWidth: true
                    }
                }
                Item { Layout.preferredHeight: 18 }
            }
        }
    }
}
