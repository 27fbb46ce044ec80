import CSV
import Testing

@testable import neuvo

/// The import's reader of a quote-free file (`ContactFile.Records`, lines split at commas) gives every record exactly as
/// CSV.swift does, which still reads every file with a quote or a carriage return.
struct ContactFileRecordsTests {
    static func records(_ text: String) throws -> [[String]] {
        let records = try ContactFile.Records(text)
        var all: [[String]] = []
        while let record = records.next() { all.append(record) }
        return all
    }

    static func csvSwift(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var all: [[String]] = []
        while let record = reader.next() { all.append(record) }
        return all
    }

    @Test(arguments: [
        "a,b,c\n1,2,3\n",
        "a,b,c\n1,2,3",
        "a,b,c\n\n1,,3\n,,\n",
        "a,b,c\n1,2\n1,2,3,4\n",
        "a\n\n\n",
        "",
        "\n",
        "a,b\nä,ö  \n  x ,y\t\n",
        ",\n,\n",
    ])
    func aQuoteFreeFileIsReadAsCSVSwiftReadsIt(text: String) throws {
        #expect(try Self.records(text) == Self.csvSwift(text))
    }

    @Test(arguments: ["a,b\n\"1,2\",3\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r"])
    func aFileWithAQuoteOrACarriageReturnIsReadByCSVSwift(text: String) throws {
        #expect(try Self.records(text) == Self.csvSwift(text))
    }
}
