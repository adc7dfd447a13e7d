import QtQuick
import QtQuick.Controls
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1280
    height: 800

    Rectangle { anchors.fill: parent; color: Theme.window }

    CatalogImportWizard {
        id: wizard
        controller: importController
    }

    TestCase {
        name: "ImportWizard"
        when: windowShown

        // A file with other headings than the canonical ones, an extra column, two good rows
        // and two bad ones (line 4: a selling price above the MRP and a bad check digit;
        // line 5: no SKU).
        readonly property string fileText:
            "Item Code,Name,Variant,Category,EAN,Size,Unit,MRP,Selling Price,GST,Colour\n" +
            "WIZ-1,Ghee,Ghee 1 l,Dairy/Ghee,,1,pc,650,600,12,yellow\n" +
            "WIZ-2,Ghee,Ghee 500 ml,Dairy/Ghee,,500,g,340,330,12,yellow\n" +
            "WIZ-3,Paneer,Paneer 200 g,Dairy,4006381333932,200,g,80,90,5,white\n" +
            ",Curd,Curd 400 g,Dairy,,400,g,40,38,5,white\n"

        function child(name) {
            let item = findChild(wizard.contentItem, name) || findChild(wizard.footer, name)
                       || findChild(wizard.header, name)
            verify(item, "no item named " + name)
            return item
        }
        // The target box of file column i, scrolled into view.
        function target(i) {
            const columns = child("importColumns")
            columns.positionViewAtIndex(i, ListView.Contain)
            wait(20)
            return child("target_" + i)
        }
        function shoot(name) {
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/import-" + name + ".png")
        }
        function openOn(text) {
            wizard.openFresh()
            tryCompare(wizard, "opened", true)
            shoot("1-file")
            importController.sourceName = "Wizard feed"
            verify(importController.chooseFile(files.write("wizard.csv", text)))
            compare(importController.step, "columns")
        }

        function test_1_columnsAreMatchedAndRequiredOnesFlagged() {
            openOn(fileText)
            const columns = child("importColumns")
            tryCompare(columns, "count", 11)
            compare(child("importFileTitle").text.indexOf("wizard.csv"), 0)
            // Guessed from the headings; the extra column is left out.
            compare(target(0).currentText, "SKU")
            compare(target(0).displayText, "SKU  (required)")
            compare(target(3).currentText, "Category path")
            compare(target(8).currentText, "Selling price")
            compare(target(10).currentText, "Do not import")
            compare(importController.mappingProblem, "")
            verify(child("importCheck").enabled)
            shoot("2-columns")
            // Leaving out the SKU stops the check, and says which column is missing.
            target(0).activated(0)
            verify(importController.mappingProblem.indexOf("SKU") >= 0)
            verify(child("mappingProblem").visible)
            verify(!child("importCheck").enabled)
            shoot("2-columns-problem")
            target(0).activated(2)
            compare(importController.mappingProblem, "")
            verify(child("importCheck").enabled)
        }

        function test_2_theReportListsEveryBadRow() {
            openOn(fileText)
            mouseClick(child("importCheck"))
            tryCompare(importController, "step", "report", 20000)
            compare(importController.report.headline, "2 rows of 4 have problems; 2 can be imported.")
            const issues = child("importIssues")
            tryCompare(issues, "count", 3)
            const expected = [
                [4, "EAN (barcodes)", "4006381333932", "the check digit should be 1"],
                [4, "Selling Price (base_price)", "90", "above the MRP ₹80.00"],
                [5, "Item Code (sku)", "", "The SKU is missing"],
            ]
            for (let i = 0; i < expected.length; ++i) {
                const row = issues.itemAtIndex(i)
                verify(row, "no row " + i)
                compare(row.line, expected[i][0])
                compare(row.column, expected[i][1])
                compare(row.value, expected[i][2])
                verify(row.reason.indexOf(expected[i][3]) >= 0, row.reason)
            }
            // Nothing is imported until the person chooses the good rows.
            verify(child("applyChoice").visible)
            verify(child("importNothing").checked)
            verify(!child("importApply").enabled)
            shoot("3-report")
            // The error report holds every problem.
            const report = files.path("errors.csv")
            verify(importController.saveErrorReport(report))
            const text = files.read(report)
            compare(text.split("\r\n")[0], "line,column,value,reason")
            compare(text.split("\r\n").length, 5) // header, three problems, and the last CRLF
            verify(text.indexOf("5,Item Code (sku),,The SKU is missing") >= 0)
        }

        function test_3_theGoodRowsAreImportedWhenChosen() {
            openOn(fileText)
            mouseClick(child("importCheck"))
            tryCompare(importController, "step", "report", 20000)
            mouseClick(child("importGoodRows"))
            verify(importController.importGoodRows)
            compare(child("importApply").text, "Import the 2 good rows")
            verify(child("importApply").enabled)
            shoot("3-report-good-rows")
            mouseClick(child("importApply"))
            tryCompare(importController, "step", "summary", 20000)
            compare(importController.report.headline,
                    "Imported the 2 good rows; 2 rows with problems left out.")
            compare(child("importClose").text, "Done")
            shoot("4-summary")
            compare(files.scalar("SELECT string_agg(sku || '=' || name, ',' ORDER BY sku) FROM variants WHERE sku LIKE 'WIZ-%'"),
                    "WIZ-1=Ghee 1 l,WIZ-2=Ghee 500 ml")
            compare(files.scalar("SELECT concat_ws(' ', status, received_count, success_count, failed_count) FROM catalog_ingestion_runs ORDER BY started_at DESC LIMIT 1"),
                    "completed_with_errors 4 2 2")
            mouseClick(child("importClose"))
            tryCompare(wizard, "opened", false)
        }

        function test_4_aCheckCanBeCancelled() {
            let text = "sku,product_name,category_path\n"
            for (let i = 0; i < 20000; ++i)
                text += "CAN-" + i + ",Cancel me,Cancelled\n"
            openOn(text)
            verify(importController.check())
            compare(importController.step, "checking")
            verify(child("importCancel").visible)
            shoot("3-checking")
            importController.cancel()
            tryCompare(importController, "step", "columns", 20000)
            compare(importController.notice, "Check cancelled.")
            compare(files.scalar("SELECT count(*) FROM variants WHERE sku LIKE 'CAN-%'"), "0")
            wizard.close()
        }
    }
}
