import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// A bulk price change: which items (category, search, brand), where (a location or every
// location, a channel), by how much (a percentage or an amount, up or down, rounded), from when.
// Preview lists every row it concerns, with the new price or why it stays; Apply writes them all
// in one transaction. When prices moved since the preview, the database refuses the apply and
// the preview can be read again.
Popup {
    id: root
    required property PriceController controller
    required property CategoryModel categories
    readonly property BulkPriceController bulk: controller.bulk
    readonly property bool editing: bulk.state === "editing" || bulk.state === "previewing"
    readonly property var columns: ({ sku: 110, money: 96, problem: Math.max(220, width * 0.24) })

    modal: true
    padding: 0
    closePolicy: bulk.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    function openFresh() {
        bulk.reset()
        let at = 0
        for (let i = 0; i < controller.locationChoices.length; ++i) {
            if (controller.locationChoices[i].locationId === controller.locationId)
                at = i
        }
        locationBox.currentIndex = at
        channelBox.editText = controller.channel.length > 0 ? controller.channel : "default"
        value.text = ""
        from.text = ""
        open()
        value.focusInput()
    }
    function form() {
        const choice = controller.locationChoices[locationBox.currentIndex] || { locationId: "", label: "" }
        return {
            categoryId: categoryBox.currentIndex > 0 ? categoryBox.currentValue : "",
            search: search.text,
            brand: brand.text,
            locationId: choice.locationId,
            placeText: choice.locationId.length > 0 ? choice.label.split(" · ")[0] : "",
            channel: channelBox.editText,
            mode: percentButton.checked ? "percent" : "amount",
            direction: downButton.checked ? "down" : "up",
            value: value.text,
            rounding: roundingBox.currentValue,
            from: from.text
        }
    }

    contentItem: ColumnLayout {
        spacing: 0

        // Title
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 20
            Layout.bottomMargin: 8
            Label {
                text: qsTr("Change prices in bulk")
                font.pixelSize: 18
                font.weight: Font.Bold
                color: Theme.text
                Layout.fillWidth: true
            }
            Label {
                visible: !root.editing
                objectName: "bulkChangeText"
                text: root.bulk.changeText
                color: Theme.textMuted
            }
        }

        // The filter and the change.
        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            columns: 5
            columnSpacing: 12
            rowSpacing: 6
            enabled: root.editing && !root.bulk.busy

            Label { text: qsTr("Category"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            Label { text: qsTr("Name or SKU contains"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            Label { text: qsTr("Brand"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            Label { text: qsTr("Where"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            Label { text: qsTr("Channel"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }

            ComboBox {
                id: categoryBox
                objectName: "bulkCategory"
                model: root.categories
                textRole: "label"
                valueRole: "categoryId"
                displayText: currentIndex <= 0 ? qsTr("All categories") : currentText.trim()
                Layout.fillWidth: true
            }
            TextField { id: search; objectName: "bulkSearch"; selectByMouse: true; placeholderText: qsTr("any"); Layout.fillWidth: true }
            TextField { id: brand; objectName: "bulkBrand"; selectByMouse: true; placeholderText: qsTr("any"); Layout.fillWidth: true }
            ComboBox {
                id: locationBox
                objectName: "bulkLocation"
                model: root.controller.locationChoices
                textRole: "label"
                valueRole: "locationId"
                Layout.fillWidth: true
            }
            ComboBox {
                id: channelBox
                objectName: "bulkChannel"
                editable: true
                model: root.controller.channels
                Layout.fillWidth: true
            }

            Label { text: qsTr("Change by"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; Layout.topMargin: 6 }
            Label { text: qsTr("Direction"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; Layout.topMargin: 6 }
            Label { text: percentButton.checked ? qsTr("Percentage") : qsTr("Amount (₹)"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; Layout.topMargin: 6 }
            Label { text: qsTr("Rounding"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; Layout.topMargin: 6 }
            Label { text: qsTr("Effective from"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; Layout.topMargin: 6 }

            RowLayout {
                Layout.alignment: Qt.AlignTop
                RadioButton { id: percentButton; objectName: "bulkPercent"; text: qsTr("Percentage"); checked: true }
                RadioButton { id: amountButton; objectName: "bulkAmount"; text: qsTr("Amount") }
            }
            RowLayout {
                Layout.alignment: Qt.AlignTop
                ButtonGroup { buttons: [upButton, downButton] }
                RadioButton { id: upButton; objectName: "bulkUp"; text: qsTr("Up"); checked: true }
                RadioButton { id: downButton; objectName: "bulkDown"; text: qsTr("Down") }
            }
            StaffFormField {
                id: value
                inputObjectName: "bulkValue"
                placeholderText: percentButton.checked ? qsTr("e.g. 5 or 12.5") : qsTr("e.g. 2 or 2.50")
                error: root.bulk.fieldErrors.value || ""
                onEdited: root.bulk.clearFieldError("value")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
            }
            ComboBox {
                id: roundingBox
                objectName: "bulkRounding"
                textRole: "label"
                valueRole: "key"
                model: [
                    { key: "none", label: qsTr("To the paisa") },
                    { key: "rupee", label: qsTr("To the nearest rupee") },
                    { key: "x9", label: qsTr("Down to .x9 (₹47.23 → ₹47.19)") }
                ]
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
            }
            StaffFormField {
                id: from
                inputObjectName: "bulkFrom"
                placeholderText: qsTr("now, or 2026-12-01 09:00")
                error: root.bulk.fieldErrors.from || ""
                onEdited: root.bulk.clearFieldError("from")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
            }
        }

        // Refusals, and a preview gone out of date.
        Rectangle {
            objectName: "bulkRefusal"
            visible: root.bulk.error.length > 0
            color: Theme.badSoft
            radius: Theme.radius
            border.color: "#fecaca"
            implicitHeight: refusal.implicitHeight + 20
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 10
            RowLayout {
                id: refusal
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                spacing: 10
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label { text: root.bulk.headline; color: Theme.bad; font.weight: Font.Bold; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    Label { objectName: "bulkRefusalText"; text: root.bulk.error; color: Theme.bad; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                }
                Button {
                    objectName: "bulkRefresh"
                    visible: root.bulk.stale
                    text: qsTr("Refresh the preview")
                    onClicked: root.bulk.refreshPreview()
                }
            }
        }
        Rectangle {
            objectName: "bulkChangedMeanwhile"
            visible: root.bulk.changedSincePreview && !root.bulk.stale && root.bulk.state === "previewed"
            color: Theme.warnSoft
            radius: Theme.radius
            implicitHeight: 44
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 10
            RowLayout {
                anchors { fill: parent; leftMargin: 10; rightMargin: 10 }
                Label {
                    text: qsTr("Prices of items in this preview changed since it was made; applying it would be refused.")
                    color: Theme.warn
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Button { text: qsTr("Refresh the preview"); onClicked: root.bulk.refreshPreview() }
            }
        }
        Rectangle {
            visible: root.bulk.state === "applied"
            color: Theme.goodSoft
            radius: Theme.radius
            implicitHeight: 40
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 10
            Label {
                objectName: "bulkResult"
                anchors { fill: parent; leftMargin: 10 }
                verticalAlignment: Text.AlignVCenter
                text: root.bulk.resultText
                color: Theme.good
                font.weight: Font.DemiBold
            }
        }

        // The preview: totals, then every row.
        Label {
            objectName: "bulkTotals"
            visible: !root.editing || root.bulk.rows.count > 0
            text: root.bulk.totalsText
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            Layout.topMargin: 12
            Layout.bottomMargin: 6
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            height: 32
            visible: rows.count > 0
            color: Theme.surfaceAlt
            border.color: Theme.border
            RowLayout {
                anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
                spacing: 12
                ColumnTitle { text: qsTr("SKU"); Layout.preferredWidth: root.columns.sku }
                ColumnTitle { text: qsTr("Name · why this price"); Layout.fillWidth: true }
                ColumnTitle { text: qsTr("MRP"); Layout.preferredWidth: root.columns.money; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Now"); Layout.preferredWidth: root.columns.money; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("New"); Layout.preferredWidth: root.columns.money; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Difference"); Layout.preferredWidth: root.columns.money; horizontalAlignment: Text.AlignRight }
                ColumnTitle { text: qsTr("Problem or note"); Layout.preferredWidth: root.columns.problem }
            }
        }
        ListView {
            id: rows
            objectName: "bulkRows"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: 20
            Layout.rightMargin: 20
            clip: true
            model: root.bulk.rows
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
            delegate: BulkPriceRow { width: rows.width; columns: root.columns }
            EmptyState {
                anchors.centerIn: parent
                visible: root.editing && root.bulk.rows.count === 0
                title: root.bulk.busy ? qsTr("Reading every row…") : qsTr("Preview before applying")
                hint: qsTr("Choose which items and by how much, then Preview: every row is listed with its new price, or why it stays as it is.")
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: root.bulk.busy
                visible: running
            }
        }

        // Actions
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 20
            spacing: 8
            Item { Layout.fillWidth: true }
            Button {
                objectName: "bulkClose"
                text: root.bulk.state === "applied" ? qsTr("Done") : qsTr("Close")
                enabled: !root.bulk.busy
                onClicked: root.close()
            }
            Button {
                objectName: "bulkEdit"
                visible: root.bulk.state === "previewed"
                text: qsTr("Edit the change")
                onClicked: root.bulk.reset()
            }
            PrimaryButton {
                objectName: "bulkPreview"
                visible: root.editing
                enabled: !root.bulk.busy
                text: qsTr("Preview")
                onClicked: root.bulk.preview(root.form())
            }
            PrimaryButton {
                objectName: "bulkApply"
                visible: root.bulk.state === "previewed" || root.bulk.state === "applying"
                enabled: root.bulk.state === "previewed" && root.bulk.changing > 0 && !root.bulk.stale
                text: root.bulk.changing === 1 ? qsTr("Apply 1 change") : qsTr("Apply %1 changes").arg(root.bulk.changing)
                onClicked: root.bulk.apply()
            }
        }
    }
}
