import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Maps an external id to an item picked from the catalog: a new mapping of the selected source,
// or the resolution of a review item ("Map to another…"). When the id already names another
// item the database refuses and names it; the person may then replace that mapping.
SourceDialog {
    id: root
    property string sourceId: ""
    property string sourceName: ""
    property string itemId: ""          // set when resolving a review item
    property string fixedExternalId: "" // the review item's id: not editable
    property string variantId: ""
    property string variantLabel: ""
    readonly property bool forReview: itemId.length > 0

    heading: forReview ? qsTr("Map “%1”").arg(fixedExternalId) : qsTr("Map an external id")
    subheading: forReview ? qsTr("Choose the item of your catalog that %1 means by this id.").arg(sourceName)
                          : qsTr("Tell Stockroom which item %1 means by one of its codes. Several codes may name the same item.").arg(sourceName)
    actionText: qsTr("Map")
    actionEnabled: variantId.length > 0 && (forReview || idField.text.trim().length > 0)
    command: forReview ? "resolve_source_review" : "map_external_id"
    extraText: qsTr("Replace mapping")
    extraVisible: !forReview && controller.commandErrorCode === "mapping_conflict"

    function reset(search) {
        choose("", "")
        searchField.text = search
        root.controller.startVariantSearch(search)
    }
    // The chosen item is what the person clicked (or picked with Enter), never whatever row a
    // reloaded list happens to start at.
    function choose(id, label) {
        variantId = id
        variantLabel = label
        picks.currentIndex = -1
        root.controller.clearMessages()
    }
    function openForSource(source) {
        itemId = ""
        fixedExternalId = ""
        sourceId = source.sourceId
        sourceName = source.name
        idField.text = ""
        reset("")
        open()
        idField.forceActiveFocus()
    }
    function openForReview(item) {
        itemId = item.itemId
        fixedExternalId = item.externalId
        sourceId = item.sourceId
        sourceName = item.sourceName
        reset(item.searchHint || "")
        open()
        searchField.forceActiveFocus()
    }
    function send(replace) {
        if (forReview)
            controller.resolveByMapping(itemId, variantId)
        else
            controller.mapExternalId(sourceId, idField.text, variantId, replace)
    }
    onSubmitted: send(false)
    onExtraClicked: send(true)

    Label {
        visible: !root.forReview
        text: qsTr("External id in %1").arg(root.sourceName)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    TextField {
        id: idField
        objectName: "externalIdField"
        visible: !root.forReview
        placeholderText: qsTr("The code the source uses, e.g. ITM00001234")
        font.family: Theme.monoFamily
        selectByMouse: true
        Layout.fillWidth: true
        onTextChanged: root.controller.clearMessages()
    }
    Label { text: qsTr("Item"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    TextField {
        id: searchField
        objectName: "variantSearchField"
        placeholderText: qsTr("Search the catalog by name, SKU or barcode")
        selectByMouse: true
        Layout.fillWidth: true
        onTextEdited: {
            root.choose("", "")
            root.controller.variantSearch.search = text
        }
        Keys.onDownPressed: { picks.forceActiveFocus(); picks.currentIndex = Math.max(0, picks.currentIndex) }
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: 250
        color: Theme.surface
        border.color: Theme.border
        ListView {
            id: picks
            objectName: "variantPicks"
            anchors { fill: parent; margins: 1 }
            clip: true
            model: root.controller.variantSearch
            currentIndex: -1
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: ItemDelegate {
                id: pick
                required property int index
                required property string variantId
                required property string sku
                required property string name
                required property string pack
                required property bool archived
                objectName: "pick_" + sku
                width: picks.width
                height: 46
                highlighted: variantId === root.variantId || ListView.isCurrentItem
                background: Rectangle {
                    color: pick.highlighted ? Theme.selection : (pick.hovered ? Theme.surfaceAlt : Theme.surface)
                    Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
                }
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: pick.name
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: [pick.sku, pick.pack, pick.archived ? qsTr("archived") : ""].filter(s => s.length > 0).join(" · ")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                onClicked: root.choose(variantId, sku + " — " + name)
            }
            Keys.onReturnPressed: if (currentItem) root.choose(currentItem.variantId, currentItem.sku + " — " + currentItem.name)
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 40
                visible: root.controller.variantSearch.loadedOnce && picks.count === 0
                title: qsTr("No item matches")
                hint: qsTr("Try part of the name, the SKU, or four or more digits of the barcode.")
            }
        }
    }
    Label {
        objectName: "chosenVariant"
        text: root.variantId.length > 0 ? qsTr("Maps to %1").arg(root.variantLabel) : qsTr("Pick an item in the list.")
        color: root.variantId.length > 0 ? Theme.text : Theme.textMuted
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
}
