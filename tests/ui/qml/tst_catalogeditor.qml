import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1400
    height: 900

    CatalogPage {
        id: page
        anchors.fill: parent
        catalog: catalogModel
        categories: categoryModel
        detail: detailController
        editor: editorController
        actions: actionsController
    }

    TestCase {
        name: "CatalogEditor"
        when: windowShown

        function child(name) {
            const item = findChild(page, name)
            verify(item, "no item named " + name)
            return item
        }
        function list() { return child("catalogList") }
        function typeInto(name, text) {
            const field = child(name)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function itemName(n) { return "Item " + String(n).padStart(3, "0") + " 500 g" }
        // Finds item n by its SKU and shows it in the detail panel.
        function select(n) {
            typeInto("catalogSearch", "SKU-" + String(n).padStart(3, "0"))
            tryVerify(() => list().count === 1 && list().itemAtIndex(0)
                            && list().itemAtIndex(0).sku === "SKU-" + String(n).padStart(3, "0"), 15000)
            mouseClick(list().itemAtIndex(0))
            tryCompare(detailController, "variantId", meanwhile.variantId(n), 5000)
            tryVerify(() => !detailController.loading && detailController.detail.id === meanwhile.variantId(n), 15000)
        }
        function openEditor(n) {
            select(n)
            mouseClick(child("editButton"))
            tryCompare(editorController, "open", true)
            tryCompare(editorController, "loading", false, 15000)
            tryCompare(child("nameField"), "text", meanwhile.name(n), 5000)
        }
        function saveAndWait() {
            mouseClick(child("editorSave"))
            tryCompare(editorController, "busy", false, 15000)
        }

        function initTestCase() {
            tryVerify(() => catalogModel.loadedOnce, 20000)
        }

        function test_1_editAndSave() {
            openEditor(20)
            compare(child("editorTitle").text, "Edit Item 020 500 g")
            typeInto("nameField", "Item 020 salted 500 g")
            typeInto("hsnField", "0405")
            verify(editorController.dirty)
            meanwhile.shoot(root, "catalog-editor")
            saveAndWait()
            tryCompare(editorController, "open", false, 15000)
            tryCompare(child("detailName"), "text", "Item 020 salted 500 g", 15000)
            compare(meanwhile.name(20), "Item 020 salted 500 g")
            // The state before the first change, then the change.
            compare(meanwhile.versions(20), "1,2")
            // The list row follows.
            tryCompare(list().itemAtIndex(0), "name", "Item 020 salted 500 g", 15000)
        }

        function test_2_problemsShowAtTheirFields() {
            openEditor(21)
            // A wrong check digit is named as it is typed, and the barcode is not taken.
            typeInto("newBarcodeField", "8901262150102")
            compare(child("newBarcodeError").text, "Barcode 8901262150102: the check digit should be 1, not 2.")
            meanwhile.shoot(root, "catalog-editor-check-digit")
            mouseClick(child("addBarcodeButton"))
            compare(editorController.barcodes.count, 1)
            typeInto("newBarcodeField", "8901262150101")
            compare(child("newBarcodeError").text, "")
            mouseClick(child("addBarcodeButton"))
            compare(editorController.barcodes.count, 2)
            // A SKU against the rule: marked on Save, nothing sent.
            typeInto("skuField", "ab c")
            mouseClick(child("editorSave"))
            compare(child("skuFieldError").text,
                    "The SKU \"AB C\" may contain only letters, digits and . _ / -, starting with a letter or digit.")
            compare(meanwhile.versions(21), "")
            // A SKU another item has: the database says so, at the field.
            typeInto("skuField", "sku-000")
            saveAndWait()
            tryCompare(child("skuFieldError"), "text", "SKU SKU-000 is already used by \"Item 000 500 g\".", 15000)
            compare(child("editorRefusalHeadline").text, "Already exists")
            meanwhile.shoot(root, "catalog-editor-refusal")
            verify(editorController.open)
            compare(meanwhile.sku(21), "SKU-021")
            // Leaving with unsaved edits asks first.
            mouseClick(child("editorCancel"))
            const discard = child("discardDialog")
            tryCompare(discard, "opened", true)
            discard.discarded()
            tryCompare(editorController, "open", false)
            compare(meanwhile.versions(21), "")
        }

        function test_3_conflictWhenAnotherSessionSavedFirst() {
            openEditor(22)
            meanwhile.rename(22, "Item 022 theirs")
            typeInto("nameField", "Item 022 mine")
            typeInto("brandField", "Acme Foods")
            saveAndWait()
            tryCompare(editorController, "conflict", true, 15000)
            const panel = child("conflictPanel")
            verify(panel.visible)
            compare(child("conflictText").text.indexOf(meanwhile.otherName() + " saved version 2 on "), 0)
            const rows = editorController.conflictRows
            compare(rows.length, 2)
            compare(rows[0].label, "Name")
            compare(rows[0].theirs, "Item 022 theirs")
            compare(rows[0].mine, "Item 022 mine")
            verify(rows[0].clash)
            compare(rows[1].label, "Brand")
            compare(rows[1].theirs, "Acme")
            compare(rows[1].mine, "Acme Foods")
            verify(!rows[1].theyChanged && rows[1].youChanged)
            // Nothing of mine was written.
            compare(meanwhile.name(22), "Item 022 theirs")
            meanwhile.shoot(root, "catalog-conflict")
            // Keep editing: my edits on their version, then saved over it knowingly.
            mouseClick(child("keepEditingButton"))
            tryCompare(editorController, "conflict", false)
            compare(child("nameField").text, "Item 022 mine")
            compare(child("editorVersion").text.indexOf("Version 2 · saved by " + meanwhile.otherName()), 0)
            saveAndWait()
            tryCompare(editorController, "open", false, 15000)
            compare(meanwhile.name(22), "Item 022 mine")
            compare(meanwhile.versions(22), "1,2,3")
        }

        function test_4_reloadTheirsDiscardsMyEdits() {
            openEditor(23)
            meanwhile.rename(23, "Item 023 theirs")
            typeInto("nameField", "Item 023 mine")
            saveAndWait()
            tryCompare(editorController, "conflict", true, 15000)
            mouseClick(child("reloadTheirsButton"))
            tryCompare(editorController, "conflict", false)
            compare(child("nameField").text, "Item 023 theirs")
            verify(!editorController.dirty)
            mouseClick(child("editorCancel"))
            tryCompare(editorController, "open", false)
            compare(meanwhile.versions(23), "1,2")
        }

        function test_4b_anEditorIsToldWhenTheItemChangesUnderneath() {
            openEditor(25)
            typeInto("nameField", "Item 025 mine")
            meanwhile.rename(25, "Item 025 theirs")
            verify(!child("underneathBanner").visible)
            meanwhile.deliverNewestEvent(25)
            tryVerify(() => child("underneathBanner").visible)
            compare(child("underneathText").text.indexOf(meanwhile.otherName() + " saved this item on "), 0)
            verify(child("underneathText").text.indexOf("while you were editing (now version 2).") > 0)
            // The panel behind the editor shows their version already.
            tryCompare(child("detailName"), "text", "Item 025 theirs", 15000)
            meanwhile.shoot(root, "catalog-editor-underneath")
            mouseClick(child("reviewButton"))
            tryCompare(editorController, "conflict", true, 15000)
            compare(editorController.conflictRows[0].theirs, "Item 025 theirs")
            compare(editorController.conflictRows[0].mine, "Item 025 mine")
            mouseClick(child("reloadTheirsButton"))
            tryCompare(editorController, "conflict", false)
            verify(!child("underneathBanner").visible)
            mouseClick(child("editorCancel"))
            tryCompare(editorController, "open", false)
        }

        function test_5_historyDiffAndRestore() {
            select(22)
            mouseClick(child("historyTab"))
            const history = child("historyList")
            tryCompare(history, "count", 3, 15000)
            // The newest version first: what it changed from the one before.
            mouseClick(history.itemAtIndex(0))
            tryCompare(history, "currentIndex", 0)
            const changes = history.itemAtIndex(0).changes
            compare(changes.length, 2)
            compare(changes[0].label, "Name")
            compare(changes[0].before, "Item 022 theirs")
            compare(changes[0].after, "Item 022 mine")
            compare(changes[1].label, "Brand")
            compare(changes[1].after, "Acme Foods")
            meanwhile.shoot(root, "catalog-history")
            // Version 2 back, as version 4.
            mouseClick(history.itemAtIndex(1))
            tryCompare(history, "currentIndex", 1)
            const restore = findChild(history.itemAtIndex(1), "restoreButton")
            verify(restore && restore.visible)
            mouseClick(restore)
            const dialog = child("restoreDialog")
            tryCompare(dialog, "opened", true)
            compare(dialog.title, "Restore version 2?")
            dialog.accept()
            tryCompare(history, "count", 4, 15000)
            compare(meanwhile.name(22), "Item 022 theirs")
            compare(meanwhile.versions(22), "1,2,3,4")
            tryCompare(child("detailName"), "text", "Item 022 theirs", 15000)
            mouseClick(child("detailsTab"))
        }

        function test_6_deleteIsRefusedWhileInUseAndArchiveIsTheWay() {
            select(24)
            mouseClick(child("deleteButton"))
            const dialog = child("deleteDialog")
            tryCompare(dialog, "opened", true)
            dialog.accept()
            tryVerify(() => child("actionMessage").visible, 15000)
            compare(child("actionHeadline").text.length > 0, true)
            compare(child("actionText").text.indexOf("SKU-024 cannot be deleted: it has stock on hand (12 pc at L1)."), 0)
            compare(meanwhile.status(24), "active")
            mouseClick(child("archiveButton"))
            tryCompare(child("archiveButton"), "text", "Reactivate", 15000)
            compare(meanwhile.status(24), "archived")
        }

        function test_7_newProduct() {
            mouseClick(child("newProductButton"))
            tryCompare(editorController, "open", true)
            tryCompare(editorController, "loading", false, 15000)
            compare(child("editorTitle").text, "New product")
            typeInto("skuField", "ghee-1l")
            typeInto("nameField", "Cow Ghee 1 l")
            typeInto("packSizeField", "1")
            typeInto("productNameField", "Cow Ghee")
            typeInto("newBarcodeField", "96385074")
            mouseClick(child("addBarcodeButton"))
            compare(editorController.barcodes.count, 1)
            saveAndWait()
            tryCompare(editorController, "open", false, 15000)
            compare(meanwhile.nameOfSku("GHEE-1L"), "Cow Ghee 1 l")
            tryCompare(child("detailName"), "text", "Cow Ghee 1 l", 15000)
        }
    }
}
