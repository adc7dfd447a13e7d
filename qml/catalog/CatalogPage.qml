import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stockroom.Ui

// The catalog browser: search as you type, a category filter, a list that pages in as it
// scrolls, and a detail panel for the selected variant. Those who edit the catalog also get the
// editor (new products and variants, changes with their history and conflicts).
Rectangle {
    id: page
    required property CatalogModel catalog
    required property CategoryModel categories
    required property VariantDetailController detail
    // Where the prices shown apply; without it, every location's price.
    property LocationModel locations: null
    property CatalogEditorController editor: null
    property CatalogActionsController actions: null
    // The category tree editor; absent, there is no Categories button.
    property CategoryTreeController categoryTree: null
    // A variant just created: selected once the list has been read again.
    property string pendingId: ""
    property bool connected: true
    property string connectionText: ""
    // Import (admins and store managers) and Export; absent, the page only browses.
    property CatalogImportController importer: null

    // The list's columns; on a narrower list the name keeps at least 220 px: the barcode gives
    // way first, then the category, then some of the SKU's room.
    readonly property var columns: {
        const c = { sku: 150, barcode: 118, category: 190, pack: 70, price: 92, available: 80 }
        const room = list.width - 2 * Theme.cellInset - Theme.scrollBarRoom
        const left = () => room - Object.keys(c).reduce((sum, k) => sum + (c[k] > 0 ? c[k] + 12 : 0), 0)
        if (left() < 220)
            c.barcode = 0
        if (left() < 220)
            c.category = 0
        if (left() < 220)
            c.sku = 110
        return c
    }
    color: Theme.window

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+K"]
        onActivated: search.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title bar with the filters.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            RowLayout {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                spacing: 10
                ColumnLayout {
                    spacing: 0
                    Label { text: qsTr("Catalog"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                    Label {
                        objectName: "catalogSummary"
                        text: page.catalog.loadedOnce
                              ? (page.catalog.hasMore ? qsTr("%1+ items shown").arg(page.catalog.count)
                                                      : (page.catalog.count === 1 ? qsTr("1 item") : qsTr("%1 items").arg(page.catalog.count)))
                              : qsTr("Loading…")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "newProductButton"
                    visible: page.editor !== null && page.editor.canEdit
                    text: qsTr("New product")
                    onClicked: page.editor.newProduct()
                }
                Label {
                    objectName: "exportMessage"
                    visible: page.importer !== null && page.importer.exportMessage.length > 0
                    text: page.importer ? page.importer.exportMessage : ""
                    color: Theme.textMuted
                    elide: Text.ElideMiddle
                    Layout.maximumWidth: 280
                }
                Button {
                    objectName: "catalogExport"
                    text: qsTr("Export…")
                    visible: page.importer !== null && page.importer.available
                    enabled: page.importer !== null && !page.importer.exporting
                    onClicked: exportDialog.open()
                }
                Button {
                    objectName: "catalogImport"
                    text: qsTr("Import…")
                    visible: page.importer !== null && page.importer.canImport
                    onClicked: if (wizardLoader.item) wizardLoader.item.openFresh()
                }
                TextField {
                    id: search
                    objectName: "catalogSearch"
                    // The short hint where the long one would be cut off.
                    placeholderText: width < 270 ? qsTr("Name, SKU or barcode")
                                                 : qsTr("Search name, SKU or barcode  (Ctrl+K)")
                    selectByMouse: true
                    // Shares the toolbar with the import, export and picker controls: it takes
                    // what they leave, down to a width that still shows the hint.
                    Layout.fillWidth: true
                    Layout.minimumWidth: 150
                    Layout.maximumWidth: 360
                    onTextChanged: page.catalog.search = text
                    Keys.onEscapePressed: text = ""
                    Keys.onDownPressed: { list.forceActiveFocus(); list.currentIndex = Math.max(0, list.currentIndex) }
                }
                PricePlaceBox {
                    objectName: "catalogPricePlace"
                    visible: page.locations !== null
                    locations: page.locations
                    Layout.fillWidth: true
                    Layout.minimumWidth: 130
                    Layout.preferredWidth: 180
                    Layout.maximumWidth: 180
                    onChosen: locationId => {
                        page.catalog.locationId = locationId
                        page.detail.locationId = locationId
                    }
                }
                ComboBox {
                    id: categoryBox
                    objectName: "categoryFilter"
                    model: page.categories
                    textRole: "label"
                    valueRole: "categoryId"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 130
                    Layout.preferredWidth: 200
                    Layout.maximumWidth: 200
                    displayText: currentIndex <= 0 ? qsTr("All categories") : currentText.trim()
                    onActivated: page.catalog.categoryId = currentValue
                    delegate: ItemDelegate {
                        required property int index
                        required property string name
                        required property int depth
                        required property var variantCount
                        width: ListView.view ? ListView.view.width : 260
                        highlighted: categoryBox.highlightedIndex === index
                        contentItem: RowLayout {
                            Label {
                                text: name
                                leftPadding: depth * 16
                                font.weight: depth === 0 ? Font.DemiBold : Font.Normal
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label { text: variantCount; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        }
                    }
                    // Read again (a category renamed, moved or deactivated): the filter keeps its
                    // category, under its new name.
                    Connections {
                        target: page.categories
                        function onModelReset() {
                            Qt.callLater(() => {
                                const at = categoryBox.indexOfValue(page.catalog.categoryId)
                                // Deactivated meanwhile: the list shows everything, as the box says.
                                if (at < 0)
                                    page.catalog.categoryId = ""
                                categoryBox.currentIndex = Math.max(0, at)
                            })
                        }
                    }
                }
                Button {
                    objectName: "categoriesButton"
                    visible: page.categoryTree !== null
                    text: qsTr("Categories…")
                    onClicked: page.openCategories()
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: page.categoryTree && page.categoryTree.canEdit
                                  ? qsTr("Add, rename, move and deactivate categories")
                                  : qsTr("The category tree with its item counts")
                }
            }
        }

        // Connection or query trouble, said plainly; it clears itself when things recover.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: !page.connected || page.catalog.errorText.length > 0
            color: Theme.badSoft
            Label {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.bad
                text: !page.connected ? page.connectionText
                                      : qsTr("Could not load the catalog: %1").arg(page.catalog.errorText)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 16
                spacing: 0

                CatalogHeader { columns: page.columns; Layout.fillWidth: true }

                ListView {
                    id: list
                    objectName: "catalogList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.catalog
                    currentIndex: -1
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    cacheBuffer: 800
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                    delegate: CatalogRowDelegate {
                        width: list.width
                        columns: page.columns
                        onClicked: { list.currentIndex = index; list.forceActiveFocus() }
                    }
                    // While a new item waits for the list to be read again, the panel stays on it.
                    onCurrentItemChanged: if (page.pendingId.length === 0) page.detail.variantId = currentItem ? currentItem.variantId : ""
                    // Page in well before the end so scrolling never waits on the database.
                    function loadIfNearEnd() {
                        if (contentHeight - (contentY + height) < 1500)
                            page.catalog.loadMore()
                    }
                    onContentYChanged: loadIfNearEnd()
                    onCountChanged: loadIfNearEnd()
                    onHeightChanged: loadIfNearEnd()

                    Connections {
                        target: page.catalog
                        function onSearchChanged() { list.currentIndex = -1 }
                        function onCategoryIdChanged() { list.currentIndex = -1 }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        visible: page.catalog.loadedOnce && !page.catalog.loading && page.catalog.count === 0
                        title: page.catalog.search.length > 0 ? qsTr("Nothing matches “%1”").arg(page.catalog.search)
                                                               : qsTr("No items in this category")
                        hint: qsTr("Check the spelling, search by SKU or scan a barcode, or choose All categories.")
                    }
                    BusyIndicator {
                        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 12 }
                        running: page.catalog.loading
                        visible: running
                        width: 32; height: 32
                    }
                }
            }

            VariantDetailPanel {
                Layout.fillHeight: true
                Layout.preferredWidth: 400
                controller: page.detail
                editor: page.editor
                actions: page.actions
                visible: page.detail.variantId.length > 0
            }
        }
    }

    Loader {
        anchors.fill: parent
        active: page.editor !== null
        sourceComponent: VariantEditor { editor: page.editor }
    }

    // What the editor and the actions changed, shown at once.
    Connections {
        target: page.editor
        function onSaved(variantId, created) {
            if (created) {
                page.pendingId = variantId
                page.detail.variantId = variantId
                page.catalog.reload()
            } else {
                page.catalog.refreshRow(variantId)
            }
            page.detail.reload()
            if (page.actions)
                page.actions.history.reload()
        }
    }
    Connections {
        target: page.actions
        function onChanged(variantId) {
            page.catalog.refreshRow(variantId)
            if (variantId === page.detail.variantId)
                page.detail.reload()
        }
        function onDeleted(variantId) {
            page.catalog.dropRow(variantId)
            if (variantId === page.detail.variantId)
                page.detail.variantId = ""
        }
    }
    Connections {
        target: page.catalog
        function onLoadingChanged() {
            if (page.catalog.loading || page.pendingId.length === 0)
                return
            const id = page.pendingId
            const row = page.catalog.indexOfId(id)
            list.currentIndex = row
            if (row >= 0)
                list.positionViewAtIndex(row, ListView.Center)
            page.pendingId = ""
            page.detail.variantId = id
        }
    }

    function openCategories() {
        if (treeLoader.item)
            treeLoader.item.show()
    }
    Loader {
        id: treeLoader
        anchors.fill: parent
        active: page.categoryTree !== null
        sourceComponent: CategoryTreePanel { controller: page.categoryTree }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the catalog")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: page.importer.exportCatalog(selectedFile.toString())
    }
    Loader {
        id: wizardLoader
        active: page.importer !== null && page.importer.canImport
        sourceComponent: CatalogImportWizard {
            objectName: "importWizard"
            controller: page.importer
            parent: Overlay.overlay
        }
    }
}
