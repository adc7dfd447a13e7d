import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The editor of a variant and its product (or a new product, or a new variant of one), over the
// catalog page. Each field says what is wrong with it in the database's words; a refusal of the
// database is shown at the field it names. When someone else saved first, the conflict panel
// takes over until the person chooses whose values to go on with.
Rectangle {
    id: root
    required property CatalogEditorController editor
    readonly property var values: editor.values
    readonly property var errors: editor.fieldErrors
    readonly property bool locked: values.productLocked === true
    visible: editor.open
    color: "#66000000"

    // Clicks and wheel turns stay in the editor while it is open.
    MouseArea { anchors.fill: parent; hoverEnabled: true; onWheel: wheel => wheel.accepted = true }

    function unitIndex(code) {
        const units = editor.units
        for (let i = 0; i < units.length; ++i)
            if (units[i].code === code)
                return i
        return -1
    }
    function categoryIndex(id) {
        const list = editor.categories
        for (let i = 0; i < list.length; ++i)
            if (list[i].id === id)
                return i
        return 0
    }
    function close() {
        if (editor.dirty && !editor.busy)
            discardDialog.open()
        else
            editor.cancel()
    }

    Rectangle {
        id: panel
        objectName: "variantEditor"
        anchors.centerIn: parent
        width: Math.min(940, parent.width - 48)
        height: Math.min(parent.height - 40, Math.max(form.implicitHeight, 520))
        radius: 8
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: form
            anchors.fill: parent
            spacing: 0

            // Title: what is edited, and which version of it.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 20
                Layout.bottomMargin: 10
                spacing: 2
                Label {
                    objectName: "editorTitle"
                    text: root.editor.title
                    font.pixelSize: 17
                    font.weight: Font.Bold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "editorVersion"
                    text: root.editor.versionText
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }

            // Someone else saved the item while it was open here.
            Rectangle {
                objectName: "underneathBanner"
                visible: root.editor.changedUnderneath && !root.editor.conflict
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                implicitHeight: underneathRow.implicitHeight + 16
                radius: Theme.radius
                color: Theme.warnSoft
                border.color: "#fcd34d"
                RowLayout {
                    id: underneathRow
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                    spacing: 10
                    Label {
                        objectName: "underneathText"
                        text: root.editor.underneathText
                        color: Theme.warn
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "reviewButton"
                        text: qsTr("Compare now")
                        visible: root.editor.mode === "edit"
                        onClicked: root.editor.reviewChanges()
                    }
                }
            }
            Rectangle {
                objectName: "editorNotice"
                visible: root.editor.notice.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.topMargin: 6
                implicitHeight: noticeText.implicitHeight + 16
                radius: Theme.radius
                color: Theme.goodSoft
                Label {
                    id: noticeText
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                    text: root.editor.notice
                    color: Theme.good
                    wrapMode: Text.WordWrap
                }
            }

            Rectangle { Layout.fillWidth: true; Layout.topMargin: 10; height: 1; color: Theme.border }

            ScrollView {
                id: scroller
                objectName: "editorScroller"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                enabled: !root.editor.loading && !root.editor.busy

                RowLayout {
                    width: scroller.availableWidth
                    spacing: 0

                    // The variant.
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        Layout.margins: 20
                        Layout.topMargin: 8
                        spacing: 10

                        SectionHeader { text: qsTr("Item") }
                        RowLayout {
                            spacing: 12
                            Layout.fillWidth: true
                            StaffFormField {
                                label: qsTr("SKU")
                                inputObjectName: "skuField"
                                placeholderText: qsTr("e.g. AMUL-BUTTER-500G")
                                text: root.values.sku
                                error: root.errors["sku"] || ""
                                onEdited: root.editor.setValue("sku", text)
                                onLeftField: root.editor.touch("sku")
                                Layout.fillWidth: false
                                Layout.preferredWidth: 190
                                Layout.alignment: Qt.AlignTop
                            }
                            StaffFormField {
                                label: qsTr("Name")
                                inputObjectName: "nameField"
                                placeholderText: qsTr("As on a bill, e.g. Amul Butter 500 g")
                                text: root.values.name
                                error: root.errors["name"] || ""
                                onEdited: root.editor.setValue("name", text)
                                onLeftField: root.editor.touch("name")
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                            }
                        }
                        RowLayout {
                            spacing: 12
                            Layout.fillWidth: true
                            StaffFormField {
                                label: qsTr("Pack size")
                                inputObjectName: "packSizeField"
                                placeholderText: qsTr("e.g. 500")
                                text: root.values.pack_size
                                error: root.errors["pack_size"] || ""
                                onEdited: root.editor.setValue("pack_size", text)
                                onLeftField: root.editor.touch("pack_size")
                                Layout.fillWidth: false
                                Layout.preferredWidth: 190
                                Layout.alignment: Qt.AlignTop
                            }
                            CatalogUnitBox {
                                label: qsTr("Pack unit")
                                boxObjectName: "packUomBox"
                                units: root.editor.units
                                currentIndex: root.unitIndex(root.values.pack_uom)
                                error: root.errors["pack_uom"] || ""
                                onChosen: code => root.editor.setValue("pack_uom", code)
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                            }
                            CatalogUnitBox {
                                label: qsTr("Counted in")
                                boxObjectName: "stockUomBox"
                                units: root.editor.units
                                currentIndex: root.unitIndex(root.values.stock_uom)
                                error: root.errors["stock_uom"] || ""
                                onChosen: code => root.editor.setValue("stock_uom", code)
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                            }
                        }
                        CheckBox {
                            objectName: "essentialBox"
                            text: qsTr("Essential item (kept in stock before others)")
                            checked: root.values.is_essential === true
                            onToggled: root.editor.setValue("is_essential", checked)
                            leftPadding: 0
                        }

                        VariantBarcodeList { editor: root.editor; Layout.fillWidth: true }
                        VariantUomList {
                            editor: root.editor
                            stockUnit: root.values.stock_uom || ""
                            Layout.fillWidth: true
                        }
                        VariantAttributeList {
                            editor: root.editor
                            product: false
                            title: qsTr("Attributes of this item")
                            Layout.fillWidth: true
                        }
                    }

                    Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }

                    // The product, shared by its variants.
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        Layout.margins: 20
                        Layout.topMargin: 8
                        spacing: 10
                        enabled: !root.locked

                        SectionHeader { text: qsTr("Product") }
                        Label {
                            text: root.locked
                                  ? qsTr("A new variant joins the product as it is. Edit the product from any of its variants.")
                                  : qsTr("Shared by every variant of the product: a change here is a change of each of them.")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        StaffFormField {
                            label: qsTr("Product name")
                            inputObjectName: "productNameField"
                            placeholderText: qsTr("e.g. Amul Butter")
                            text: root.values["product.name"]
                            error: root.errors["product.name"] || ""
                            onEdited: root.editor.setValue("product.name", text)
                            onLeftField: root.editor.touch("product.name")
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 12
                            Layout.fillWidth: true
                            StaffFormField {
                                label: qsTr("Brand")
                                inputObjectName: "brandField"
                                text: root.values["product.brand"]
                                error: root.errors["product.brand"] || ""
                                onEdited: root.editor.setValue("product.brand", text)
                                onLeftField: root.editor.touch("product.brand")
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                            }
                            StaffFormField {
                                label: qsTr("HSN code")
                                inputObjectName: "hsnField"
                                placeholderText: qsTr("4 to 8 digits")
                                text: root.values["product.hsn_code"]
                                error: root.errors["product.hsn_code"] || ""
                                onEdited: root.editor.setValue("product.hsn_code", text)
                                onLeftField: root.editor.touch("product.hsn_code")
                                Layout.fillWidth: false
                                Layout.preferredWidth: 130
                                Layout.alignment: Qt.AlignTop
                            }
                        }
                        ColumnLayout {
                            spacing: 3
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("Category")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                            }
                            ComboBox {
                                objectName: "categoryBox"
                                model: root.editor.categories
                                textRole: "label"
                                valueRole: "id"
                                currentIndex: root.categoryIndex(root.values["product.category_id"])
                                onActivated: root.editor.setValue("product.category_id", currentValue)
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: text.length > 0
                                text: root.errors["product.category_id"] || ""
                                color: Theme.bad
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                        ColumnLayout {
                            spacing: 3
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("Description")
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                            }
                            TextArea {
                                objectName: "descriptionField"
                                text: root.values["product.description"]
                                wrapMode: TextEdit.Wrap
                                selectByMouse: true
                                placeholderText: qsTr("What a shopper should know (optional)")
                                background: Rectangle {
                                    color: Theme.surface
                                    radius: 2
                                    border.color: parent.activeFocus ? Theme.accent : "#b8c0cc"
                                }
                                onTextChanged: if (activeFocus) root.editor.setValue("product.description", text)
                                Layout.fillWidth: true
                                Layout.preferredHeight: 72
                            }
                        }
                        CheckBox {
                            objectName: "productActiveBox"
                            text: qsTr("Product is active")
                            checked: root.values["product.is_active"] === true
                            onToggled: root.editor.setValue("product.is_active", checked)
                            leftPadding: 0
                        }
                        VariantAttributeList {
                            editor: root.editor
                            product: true
                            title: qsTr("Attributes of the product")
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

            // The database's refusal, and the actions.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                spacing: 8
                Rectangle {
                    objectName: "editorRefusal"
                    visible: root.editor.commandError.length > 0
                    color: Theme.badSoft
                    radius: Theme.radius
                    border.color: "#fecaca"
                    implicitHeight: refusalColumn.implicitHeight + 16
                    Layout.fillWidth: true
                    ColumnLayout {
                        id: refusalColumn
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                        spacing: 2
                        Label {
                            objectName: "editorRefusalHeadline"
                            text: root.editor.commandHeadline
                            color: Theme.bad
                            font.weight: Font.Bold
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "editorRefusalText"
                            text: root.editor.commandError
                            color: Theme.bad
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: root.editor.dirty ? qsTr("Unsaved changes") : ""
                        color: Theme.textMuted
                        Layout.fillWidth: true
                    }
                    BusyIndicator {
                        running: root.editor.busy || root.editor.loading
                        visible: running
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                    Button {
                        objectName: "editorCancel"
                        text: qsTr("Cancel")
                        enabled: !root.editor.busy
                        onClicked: root.close()
                    }
                    PrimaryButton {
                        objectName: "editorSave"
                        text: root.editor.mode === "edit" ? qsTr("Save") : qsTr("Create")
                        enabled: !root.editor.busy && !root.editor.loading
                        onClicked: root.editor.save()
                    }
                }
            }
        }

        VariantConflictPanel {
            anchors.fill: parent
            anchors.margins: 1
            editor: root.editor
            visible: root.editor.conflict
        }
    }

    Keys.onEscapePressed: root.close()

    Dialog {
        id: discardDialog
        objectName: "discardDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        title: qsTr("Discard your changes?")
        standardButtons: Dialog.Discard | Dialog.Cancel
        Label {
            text: qsTr("What you changed in this form has not been saved.")
            wrapMode: Text.WordWrap
        }
        onDiscarded: { close(); root.editor.cancel() }
    }
}
