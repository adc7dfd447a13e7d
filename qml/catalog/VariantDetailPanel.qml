import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The selected variant: its facts (identity, price, stock by location, barcodes, units and
// attributes) and its history. Those who may edit the catalog also get its actions: edit, a new
// variant of its product, archive or reactivate, delete (refused while it is in use), and
// restoring a version.
Rectangle {
    id: root
    required property VariantDetailController controller
    property CatalogEditorController editor: null
    property CatalogActionsController actions: null
    readonly property var d: controller.detail
    readonly property bool canEdit: editor !== null && actions !== null && editor.canEdit
    color: Theme.surface
    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }

    // The history is read only while its tab is shown.
    Binding {
        target: root.actions ? root.actions.history : null
        property: "variantId"
        value: tabs.currentIndex === 1 ? root.controller.variantId : ""
        when: root.actions !== null
    }
    Connections {
        target: root.controller
        function onVariantIdChanged() { if (root.actions) root.actions.clearMessages() }
    }

    Label {
        anchors.centerIn: parent
        visible: root.controller.errorText.length > 0
        text: root.controller.errorText
        color: Theme.bad
        wrapMode: Text.WordWrap
        width: parent.width - 40
    }

    ColumnLayout {
        anchors { fill: parent; leftMargin: 1 }
        visible: root.d.id !== undefined
        spacing: 0

        TabBar {
            id: tabs
            objectName: "detailTabs"
            Layout.fillWidth: true
            TabButton { objectName: "detailsTab"; text: qsTr("Details") }
            TabButton { objectName: "historyTab"; text: qsTr("History") }
        }

        // What those who edit the catalog can do with it.
        RowLayout {
            visible: root.canEdit
            spacing: 6
            Layout.fillWidth: true
            Layout.leftMargin: 14
            Layout.rightMargin: 14
            Layout.topMargin: 10
            PrimaryButton {
                objectName: "editButton"
                text: qsTr("Edit")
                enabled: root.actions !== null && !root.actions.busy
                onClicked: root.editor.editVariant(root.controller.variantId)
            }
            Button {
                objectName: "newVariantButton"
                text: qsTr("New variant")
                enabled: root.actions !== null && !root.actions.busy
                onClicked: root.editor.newVariant(root.controller.variantId)
            }
            Button {
                objectName: "archiveButton"
                text: root.d.archived ? qsTr("Reactivate") : qsTr("Archive")
                enabled: root.actions !== null && !root.actions.busy
                onClicked: root.d.archived ? root.actions.reactivate(root.controller.variantId, root.d.version)
                                           : root.actions.archive(root.controller.variantId, root.d.version)
            }
            Button {
                objectName: "deleteButton"
                text: qsTr("Delete")
                enabled: root.actions !== null && !root.actions.busy
                onClicked: deleteDialog.open()
            }
        }
        Rectangle {
            id: actionBox
            objectName: "actionMessage"
            visible: root.actions !== null && (root.actions.error.length > 0 || root.actions.notice.length > 0)
            readonly property bool bad: root.actions !== null && root.actions.error.length > 0
            color: bad ? Theme.badSoft : Theme.goodSoft
            radius: Theme.radius
            implicitHeight: actionColumn.implicitHeight + 16
            Layout.fillWidth: true
            Layout.leftMargin: 14
            Layout.rightMargin: 14
            Layout.topMargin: 8
            ColumnLayout {
                id: actionColumn
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                spacing: 2
                Label {
                    objectName: "actionHeadline"
                    visible: text.length > 0
                    text: root.actions ? root.actions.headline : ""
                    color: Theme.bad
                    font.weight: Font.Bold
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "actionText"
                    text: root.actions ? (root.actions.error.length > 0 ? root.actions.error : root.actions.notice) : ""
                    color: actionBox.bad ? Theme.bad : Theme.good
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ScrollView {
                id: scroller
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

            Loader {
                active: root.actions !== null
                sourceComponent: VariantHistoryList {
                    actions: root.actions
                    canEdit: root.canEdit
                    onRestoreRequested: versionNo => { restoreDialog.versionNo = versionNo; restoreDialog.open() }
                }
            }
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 440
        title: qsTr("Delete %1?").arg(root.d.sku || "")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            text: qsTr("%1 and its history go for good. An item with stock, reservations or stock movements cannot be deleted: archive it instead, and it can be reactivated later.").arg(root.d.name || "")
            wrapMode: Text.WordWrap
        }
        onAccepted: root.actions.remove(root.controller.variantId, root.d.version)
    }
    Dialog {
        id: restoreDialog
        objectName: "restoreDialog"
        property int versionNo: 0
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 440
        title: qsTr("Restore version %1?").arg(versionNo)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            text: qsTr("Its name, pack, units, barcodes, attributes and product details become current again, as a new version; the versions in between stay in the history. Whether it is archived stays as it is now.")
            wrapMode: Text.WordWrap
        }
        onAccepted: root.actions.restore(versionNo)
    }
}
