import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1600
    height: 900

    StockPage {
        id: page
        anchors.fill: parent
        controller: stockController
        locations: locationModel
        categories: categoryModel
    }

    TestCase {
        name: "StockPage"
        when: windowShown

        function list() { return child("stockList") }
        function child(name, within) {
            let item = findChild(within || page, name)
            // A popup's parts are not among its children: look in each.
            if (!item && within && within.contentItem)
                item = findChild(within.contentItem, name) || findChild(within.footer, name)
                       || findChild(within.header, name)
            verify(item, "no item named " + name)
            return item
        }
        function shoot(name) {
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/" + name + ".png")
        }
        function typeInto(name, text, within) {
            const field = child(name, within)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        // The row of item n at location code, scrolled into view.
        function rowOf(n, code) {
            const row = stockController.positions.indexOf(meanwhile.variantId(n), meanwhile.locationId(code))
            verify(row >= 0, "item " + n + " at " + code + " is not listed")
            list().positionViewAtIndex(row, ListView.Center)
            wait(50)
            const item = list().itemAtIndex(row)
            verify(item)
            return item
        }
        function select(n, code) {
            mouseClick(rowOf(n, code))
            tryVerify(() => child("stockDetail").visible)
            tryCompare(child("detailName"), "text", "Item " + String(n).padStart(3, "0") + " 500 g")
            tryCompare(stockController.batches, "loading", false, 15000)
        }
        function chooseType(label) {
            const box = child("adjustType")
            for (let i = 0; i < stockController.movementTypes.length; ++i) {
                if (stockController.movementTypes[i].label === label) {
                    box.currentIndex = i
                    return
                }
            }
            fail("no movement type " + label)
        }
        function waitIdle() { tryCompare(stockController, "busy", false, 15000) }

        function initTestCase() {
            tryVerify(() => stockController.positions.loadedOnce && !stockController.positions.totalsLoading, 20000)
        }

        function test_1_listWithTotalsAndStates() {
            tryVerify(() => list().count >= 100, 15000)
            compare(child("stockSummary").text, "254 positions · on hand 2,967 · reserved 0 · available 2,967")
            compare(child("lowFilter").text, "Low stock (5)")
            compare(child("outFilter").text, "Out of stock (3)")
            const out = rowOf(10, "L1")
            compare(out.level, "out")
            compare(findChild(out, "levelBadge").text, "Out")
            compare(rowOf(22, "L1").level, "low")
            verify(rowOf(30, "L1").expiring)
            list().positionViewAtBeginning()
            shoot("stock")
        }

        function test_2_adjustRecordsAndUpdatesTheRow() {
            select(1, "L1")
            mouseClick(child("adjustButton"))
            const dialog = child("adjustDialog")
            tryCompare(dialog, "opened", true)
            chooseType("Damage")
            typeInto("adjustQuantity", "3")
            compare(child("adjustPreview").text, "On hand 12 → 9 · available 12 → 9")
            typeInto("adjustReason", "Crushed in delivery")
            typeInto("adjustReferenceType", "GRN")
            typeInto("adjustReference", "GRN-20931")
            shoot("stock-adjust")
            mouseClick(child("adjustDialogSubmit"))
            tryCompare(dialog, "opened", false, 15000)
            compare(meanwhile.onHand(1, "L1"), "9.0000")
            tryCompare(rowOf(1, "L1"), "onHand", "9")
            compare(child("figureOnHand").value, "9")
            compare(child("stockNotice").text, "Damage −3 SKU-001 at L1.")
            tryCompare(child("stockSummary"), "text", "254 positions · on hand 2,964 · reserved 0 · available 2,964", 15000)
        }

        function test_3_refusalShowsBesideTheFormAndKeepsIt() {
            select(3, "L1")
            meanwhile.adjust(3, "L1", "-11")       // someone else took most of it meanwhile
            mouseClick(child("adjustButton"))
            const dialog = child("adjustDialog")
            tryCompare(dialog, "opened", true)
            chooseType("Damage")
            typeInto("adjustQuantity", "5")
            typeInto("adjustReason", "Spilled")
            mouseClick(child("adjustDialogSubmit"))
            tryVerify(() => child("refusal", dialog).visible, 15000)
            compare(child("refusalHeadline", dialog).text, "Not enough stock")
            verify(child("refusalText", dialog).text.indexOf("Only 1 of SKU-003 is available at L1") === 0)
            // Still open, with everything as typed; the figures show the position as it is now.
            verify(dialog.opened)
            compare(child("adjustQuantity").text, "5")
            compare(child("adjustReason").text, "Spilled")
            tryCompare(child("figureAvailable"), "value", "1", 15000)
            shoot("stock-adjust-refused")
            // Corrected and sent again: recorded, and the dialog closes.
            typeInto("adjustQuantity", "1")
            mouseClick(child("adjustDialogSubmit"))
            tryCompare(dialog, "opened", false, 15000)
            compare(meanwhile.onHand(3, "L1"), "0.0000")
            tryCompare(rowOf(3, "L1"), "level", "out")
        }

        function test_4_formMarksFieldsBeforeSending() {
            select(2, "L1")
            mouseClick(child("adjustButton"))
            const dialog = child("adjustDialog")
            tryCompare(dialog, "opened", true)
            chooseType("Damage")
            typeInto("adjustQuantity", "1.23456")
            mouseClick(child("adjustDialogSubmit"))
            verify(!stockController.busy)
            verify(child("adjustQuantityError").visible)
            compare(child("adjustQuantityError").text, "Stock is kept to four decimal places; round the quantity.")
            shoot("stock-adjust-marked")
            typeInto("adjustQuantity", "1.2345")   // editing unmarks it
            verify(!child("adjustQuantityError").visible)
            mouseClick(child("adjustDialogCancel"))
            tryCompare(dialog, "opened", false)
            compare(meanwhile.onHand(2, "L1"), "12.0000")
        }

        function test_5_countSheetWithAConflictReapplied() {
            typeInto("stockSearch", "item 07")
            tryCompare(list(), "count", 10, 15000)
            mouseClick(child("countButton"))
            const sheet = child("countSheet")
            tryCompare(sheet, "opened", true)
            tryCompare(stockController.countSheet, "count", 10, 15000)
            wait(100)
            typeInto("counted_SKU-070_L1", "10", sheet)
            compare(child("variance_SKU-070_L1", sheet).text, "-2")
            typeInto("counted_SKU-072_L1", "15", sheet)
            compare(child("variance_SKU-072_L1", sheet).text, "+3")
            typeInto("counted_SKU-073_L1", "12", sheet)
            compare(child("variance_SKU-073_L1", sheet).text, "0")
            compare(child("submitCount", sheet).text, "Record 3 counts")
            shoot("stock-count")
            meanwhile.adjust(72, "L1", "2")         // a delivery lands meanwhile
            mouseClick(child("submitCount", sheet))
            tryCompare(child("lineState_SKU-070_L1", sheet), "text", "✓ Recorded", 15000)
            tryCompare(child("lineState_SKU-073_L1", sheet), "text", "✓ Recorded", 15000)
            tryCompare(child("lineState_SKU-072_L1", sheet), "text",
                       "Changed meanwhile: on hand 12 → 14, reserved 0 → 0", 15000)
            compare(meanwhile.onHand(70, "L1"), "10.0000")
            compare(meanwhile.onHand(72, "L1"), "14.0000")
            shoot("stock-count-conflict")
            mouseClick(child("reapply_SKU-072_L1", sheet))
            tryCompare(child("lineState_SKU-072_L1", sheet), "text", "✓ Recorded", 15000)
            compare(meanwhile.onHand(72, "L1"), "15.0000")
            compare(child("variance_SKU-072_L1", sheet).text, "+1")
            // Recorded lines are done: their field no longer takes input.
            verify(!child("counted_SKU-070_L1", sheet).enabled)
            sheet.close()
            tryCompare(sheet, "opened", false)
            tryCompare(rowOf(72, "L1"), "onHand", "15", 15000)
            typeInto("stockSearch", "")
            tryVerify(() => list().count >= 100, 15000)
        }

        function test_6_batchesWriteOffAndReceive() {
            select(30, "L1")
            mouseClick(child("batchesTab"))
            tryVerify(() => child("batchExpiry_EXP-030").visible)
            verify(child("batchExpiry_EXP-030").text.indexOf("Expiring ") === 0)
            shoot("stock-batches")
            mouseClick(child("writeOff_EXP-030"))
            const dialog = child("writeOffDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(child("writeOffDamaged"))
            typeInto("writeOffQuantity", "2")
            typeInto("writeOffReason", "Dented tins")
            shoot("stock-writeoff")
            mouseClick(child("writeOffDialogSubmit"))
            tryCompare(dialog, "opened", false, 15000)
            compare(meanwhile.onHand(30, "L1"), "10.0000")

            mouseClick(child("receiveBatchButton"))
            const batch = child("batchDialog")
            tryCompare(batch, "opened", true)
            typeInto("batchNumber", "B2611-07")
            typeInto("batchLot", "L-44")
            typeInto("batchQuantity", "48")
            const expiry = new Date(Date.now() + 90 * 86400000)
            typeInto("batchExpiry", Qt.formatDate(expiry, "yyyy-MM-dd"))
            shoot("stock-receive-batch")
            mouseClick(child("batchDialogSubmit"))
            tryCompare(batch, "opened", false, 15000)
            compare(meanwhile.onHand(30, "L1"), "58.0000")
            tryVerify(() => findChild(page, "batchExpiry_B2611-07") !== null, 15000)
        }

        function test_7_transferThenReceiveAndLedger() {
            select(41, "L1")
            mouseClick(child("transferButton"))
            const dialog = child("transferDialog")
            tryCompare(dialog, "opened", true)
            const box = child("transferDestination")
            compare(box.count, 1)                   // DS1-L: every other active location in scope
            box.currentIndex = 0
            typeInto("transferQuantity", "4")
            typeInto("transferReason", "Hub restock")
            shoot("stock-transfer")
            mouseClick(child("transferDialogSubmit"))
            tryCompare(dialog, "opened", false, 15000)
            compare(meanwhile.onHand(41, "L1"), "8.0000")
            tryCompare(rowOf(41, "DS1-L"), "inTransit", "4", 15000)

            select(41, "DS1-L")
            mouseClick(child("inboundTab"))
            tryCompare(stockController.inbound, "count", 1, 15000)
            shoot("stock-inbound")
            // Role 257 is the transfer id (Qt.UserRole + 1).
            const receive = findChild(child("inboundList"), "receive_" + stockController.inbound.data(stockController.inbound.index(0, 0), 257))
            verify(receive)
            mouseClick(receive)
            tryCompare(stockController.inbound, "count", 0, 15000)
            compare(meanwhile.onHand(41, "DS1-L"), "7.0000")
            tryCompare(child("figureInTransit"), "value", "0")

            mouseClick(child("ledgerTab"))
            tryVerify(() => child("ledgerList").count >= 2, 15000)
            shoot("stock-ledger")
            mouseClick(child("ledgerForFilter"))
            tryVerify(() => child("ledgerList").count >= 50, 15000)
            shoot("stock-ledger-list")
            mouseClick(child("ledgerForFilter"))
        }

        function test_8_scannedBarcodeJumpsToItsItem() {
            typeInto("stockSearch", meanwhile.barcode(77))
            keyClick(Qt.Key_Return)
            tryCompare(list(), "count", 1, 15000)
            tryVerify(() => child("barcodeMatch").visible, 15000)
            compare(child("barcodeMatch").text, "Barcode " + meanwhile.barcode(77) + ": SKU-077 · Item 077 500 g")
            tryCompare(child("detailName"), "text", "Item 077 500 g", 15000)
            shoot("stock-barcode")
            typeInto("stockSearch", "")
        }
    }
}
