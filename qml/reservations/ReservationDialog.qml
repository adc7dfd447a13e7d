import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The Reserve form: the item (by SKU, barcode or name — a scanner's Enter picks the match), the
// location with its stock and default hold time, the order, the quantity and an optional hold
// time. A refusal stays beside the form with everything as typed.
Dialog {
    id: root
    required property ReservationController controller
    readonly property var errors: controller.fieldErrors
    readonly property var target: controller.target
    property var chosen: null          // the chosen variant: {variantId, sku, name, pack, barcode}
    property string locationId: ""
    // Enter came before the matches for what was typed (a fast scanner): pick when they arrive.
    property bool pickWhenFound: false

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 600
    padding: 20
    topPadding: 4
    closePolicy: root.controller.reserving ? Popup.NoAutoClose : (Popup.CloseOnEscape | Popup.CloseOnPressOutside)

    // Opens an empty form at @p locationId (or the only location there is).
    function openFresh(locationId) {
        root.controller.clearReserveMessages()
        root.chosen = null
        itemSearch.text = ""
        order.text = ""
        quantity.text = ""
        hold.text = ""
        const options = root.controller.locationOptions
        root.locationId = locationId.length > 0 ? locationId : (options.length === 1 ? options[0].locationId : "")
        locationBox.currentIndex = -1
        for (let i = 0; i < options.length; ++i) {
            if (options[i].locationId === root.locationId)
                locationBox.currentIndex = i
        }
        root.pickWhenFound = false
        root.open()
        itemSearch.forceActiveFocus()
        root.refreshTarget()
    }
    function choose(match) {
        if (!match || match.archived)
            return
        root.chosen = match
        root.controller.clearFieldError("variant")
        root.refreshTarget()
        order.focusInput()
    }
    function refreshTarget() {
        root.controller.loadTarget(root.chosen ? root.chosen.variantId : "", root.locationId)
    }
    function submit() {
        root.controller.reserve(root.chosen ? root.chosen.variantId : "", root.locationId,
                                order.text, quantity.text, hold.text)
    }

    Connections {
        target: root.controller
        function onReserveFinished(ok) {
            if (ok)
                root.close()
        }
        function onVariantMatchesChanged() {
            if (root.pickWhenFound && !root.controller.variantSearching) {
                root.pickWhenFound = false
                root.pickFirst()
            }
        }
    }

    header: Label {
        text: qsTr("Reserve stock for an order")
        font.pixelSize: 16
        font.weight: Font.Bold
        color: Theme.text
        padding: 20
        bottomPadding: 4
    }

    contentItem: ColumnLayout {
        spacing: 10

        // The item.
        ColumnLayout {
            spacing: 3
            Layout.fillWidth: true
            Label { text: qsTr("Item"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            TextField {
                id: itemSearch
                objectName: "itemSearchField"
                visible: root.chosen === null
                Layout.fillWidth: true
                placeholderText: qsTr("Search SKU, name, or scan a barcode")
                selectByMouse: true
                onTextChanged: root.controller.variantSearch = text
                Keys.onReturnPressed: root.pickFirst()
                Keys.onEnterPressed: root.pickFirst()
                Keys.onDownPressed: { matches.forceActiveFocus(); matches.currentIndex = 0 }
                Rectangle {
                    anchors.fill: parent
                    visible: (root.errors.variant || "").length > 0
                    color: "transparent"; radius: 3; border.color: Theme.bad; border.width: 2
                }
            }
            ListView {
                id: matches
                objectName: "variantMatches"
                visible: root.chosen === null && itemSearch.text.trim().length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 5 * 40)
                clip: true
                model: root.controller.variantMatches
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                Keys.onReturnPressed: root.choose(model[currentIndex])
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: matches.width
                    height: 40
                    enabled: !modelData.archived
                    highlighted: ListView.isCurrentItem
                    onClicked: root.choose(modelData)
                    contentItem: RowLayout {
                        spacing: 10
                        Label { text: modelData.sku; font.family: Theme.monoFamily; font.pixelSize: 12; Layout.preferredWidth: 120; elide: Text.ElideRight }
                        Label { text: modelData.name; Layout.fillWidth: true; elide: Text.ElideRight; color: modelData.archived ? Theme.textMuted : Theme.text }
                        Label { text: modelData.archived ? qsTr("Archived") : modelData.pack; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: matches.count === 0 && !root.controller.variantSearching
                    text: qsTr("Nothing in the catalog matches")
                    color: Theme.textMuted
                }
            }
            // The chosen item, with a way to change it.
            Rectangle {
                objectName: "chosenItem"
                visible: root.chosen !== null
                Layout.fillWidth: true
                implicitHeight: 48
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border
                RowLayout {
                    anchors { fill: parent; leftMargin: 12; rightMargin: 6 }
                    spacing: 10
                    ColumnLayout {
                        spacing: 1
                        Layout.fillWidth: true
                        Label { text: root.chosen ? root.chosen.name : ""; font.weight: Font.Medium; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: root.chosen ? root.chosen.sku + "  ·  " + root.chosen.pack + (root.chosen.barcode ? "  ·  " + root.chosen.barcode : "") : ""
                            font.family: Theme.monoFamily; font.pixelSize: 11; color: Theme.textMuted
                            elide: Text.ElideRight; Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "changeItemButton"
                        text: qsTr("Change")
                        flat: true
                        enabled: !root.controller.reserving
                        onClicked: { root.chosen = null; itemSearch.forceActiveFocus(); root.refreshTarget() }
                    }
                }
            }
            Label {
                objectName: "variantError"
                visible: (root.errors.variant || "").length > 0
                text: root.errors.variant || ""
                color: Theme.bad
                font.pixelSize: Theme.fontSmall
            }
        }

        // Where.
        ColumnLayout {
            spacing: 3
            Layout.fillWidth: true
            Label { text: qsTr("Location"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            ComboBox {
                id: locationBox
                objectName: "locationPicker"
                Layout.fillWidth: true
                model: root.controller.locationOptions
                textRole: "label"
                valueRole: "locationId"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Choose a location") : currentText
                onActivated: {
                    root.locationId = currentValue
                    root.controller.clearFieldError("location")
                    root.refreshTarget()
                }
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: ListView.view ? ListView.view.width : locationBox.width
                    text: modelData.label
                    enabled: modelData.active
                    highlighted: locationBox.highlightedIndex === index
                }
            }
            Label {
                objectName: "targetInfo"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                visible: text.length > 0
                color: root.target.loaded && root.chosen && root.target.hasPosition && root.target.reservable === "0" ? Theme.bad : Theme.textMuted
                text: {
                    const t = root.target
                    if (t.error)
                        return qsTr("Could not read the stock there: %1").arg(t.error)
                    if (!t.loaded || !root.chosen)
                        return ""
                    if (!t.locationActive)
                        return qsTr("%1 is inactive: nothing can be reserved there.").arg(t.locationCode)
                    if (!t.hasPosition)
                        return qsTr("%1 has never held this item, so there is nothing to reserve.").arg(t.locationCode)
                    let text = qsTr("%1 can be reserved at %2 (%3 on hand, %4 reserved").arg(t.reservable).arg(t.locationCode).arg(t.onHand).arg(t.reserved)
                    if (t.unsellable.length > 0)
                        text += qsTr(", %1 expired or quarantined").arg(t.unsellable)
                    return text + ")."
                }
            }
            Label {
                visible: (root.errors.location || "").length > 0
                text: root.errors.location || ""
                color: Theme.bad
                font.pixelSize: Theme.fontSmall
            }
        }

        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            StaffFormField {
                id: order
                label: qsTr("Order number")
                placeholderText: qsTr("e.g. AF-APP-10234567")
                inputObjectName: "orderField"
                error: root.errors.order || ""
                onEdited: root.controller.clearFieldError("order")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
            }
            StaffFormField {
                id: quantity
                label: qsTr("Quantity")
                placeholderText: qsTr("e.g. 2 or 0.75")
                inputObjectName: "quantityField"
                error: root.errors.quantity || ""
                onEdited: root.controller.clearFieldError("quantity")
                Layout.preferredWidth: 150
                Layout.alignment: Qt.AlignTop
            }
            StaffFormField {
                id: hold
                label: qsTr("Hold for (minutes)")
                placeholderText: root.target.loaded ? qsTr("Default: %1").arg(root.target.ttlMinutes) : qsTr("Default")
                inputObjectName: "holdField"
                error: root.errors.hold || ""
                onEdited: root.controller.clearFieldError("hold")
                Layout.preferredWidth: 150
                Layout.alignment: Qt.AlignTop
            }
        }
        Label {
            objectName: "holdHint"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            visible: root.target.loaded === true
            text: qsTr("Leave the hold time empty to use %1's default of %2 minutes. When the time is up, the server releases the stock by itself.")
                  .arg(root.target.locationCode || "").arg(root.target.ttlMinutes || 0)
        }

        ReservationRefusal {
            objectName: "reserveRefusal"
            refusal: root.controller.reserveError
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true }
        BusyIndicator {
            running: root.controller.reserving
            visible: running
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
        }
        Button {
            objectName: "cancelReserveButton"
            text: qsTr("Cancel")
            enabled: !root.controller.reserving
            onClicked: root.close()
            Layout.bottomMargin: 16
        }
        PrimaryButton {
            objectName: "reserveSubmitButton"
            text: root.controller.reserving ? qsTr("Reserving…") : qsTr("Reserve")
            enabled: !root.controller.reserving
            onClicked: root.submit()
            Layout.rightMargin: 20
            Layout.bottomMargin: 16
        }
    }

    // Enter in the search field: a scanned barcode or an exact SKU picks its item; so does the
    // only match.
    function pickFirst() {
        if (root.controller.variantSearching || root.controller.variantSearch !== itemSearch.text) {
            root.pickWhenFound = true
            return
        }
        const list = root.controller.variantMatches
        const term = itemSearch.text.trim().toLowerCase()
        for (let i = 0; i < list.length; ++i) {
            if (list[i].barcode === term || list[i].sku.toLowerCase() === term)
                return root.choose(list[i])
        }
        if (list.length === 1)
            root.choose(list[0])
    }
}
