import Foundation

/// Everything the program reads from `data/`, validated together at start.
public struct Catalog: Sendable {
    public static let vocabularyFile = "vocabulary.json"
    public static let instrumentFile = "instrument.json"
    public static let serviceMenuFile = "service-menu.json"
    public static let pointsFile = "points.json"
    public static let directoryFile = "directory.json"
    public static let stringsFile = "strings.json"
    public static let segmentTargetsFile = "segment-targets.json"
    public static let targetsFile = "targets.json"
    public static let consultationFile = "consultation.json"
    public static let files = [
        vocabularyFile, instrumentFile, serviceMenuFile, pointsFile, directoryFile, stringsFile, segmentTargetsFile, targetsFile,
        consultationFile,
    ]

    public let vocabulary: Vocabulary
    public let instrument: Instrument
    public let serviceMenu: ServiceMenu
    public let points: [AdvicePoint]
    public let directory: [DirectoryEntry]
    public let strings: Strings
    public let segmentTargets: SegmentTargets
    /// The region's targets for the evaluation (CONTRACT §7): what the HTML report marks met or not.
    public let targets: Targets
    /// The real-time consultation lines (CONTRACT §8), in the data's order.
    public let consultationLines: [ConsultationLine]

    /// All the problems in the data, each naming its file and key.
    public struct Invalid: Error, Sendable {
        public let problems: [DataProblem]
    }

    /// Reads and validates the files' contents (file name → bytes), reporting every problem at once.
    public static func load(_ contents: [String: Data]) throws(Invalid) -> Catalog {
        try load(contents, parsed: [:])
    }

    /// The same, where a file missing from `contents` is taken from `parsed`, its JSON already parsed. The
    /// data-folder fuzz target (`FuzzEntry.catalog`) parses the shipped folder once and replaces one file per input,
    /// so the eight files it did not change are not parsed again; everything is read and checked as by `load(_:)`.
    public static func load(_ contents: [String: Data], parsed: [String: JSONValue]) throws(Invalid) -> Catalog {
        let log = ProblemLog()
        func root(_ file: String) -> DataNode? {
            if let data = contents[file] { return DataNode.root(of: data, file: file, log: log) }
            if let value = parsed[file] { return DataNode(value: value, file: file, path: "", log: log) }
            log.add(file: file, key: "", "file not found")
            return nil
        }
        let vocabulary = root(vocabularyFile).flatMap(Vocabulary.read)
        let instrument = root(instrumentFile).flatMap(Instrument.read)
        let serviceMenu = root(serviceMenuFile).flatMap { ServiceMenu.read($0, chains: vocabulary?.serviceChain.codes ?? []) }
        let points = root(pointsFile).map(AdvicePoint.readAll) ?? []
        let directory = vocabulary.flatMap { v in root(directoryFile).map { DirectoryEntry.readAll($0, referrals: v.referral) } } ?? []
        let strings = root(stringsFile).flatMap(Strings.read)
        let segmentTargets = vocabulary.flatMap { v in root(segmentTargetsFile).flatMap { SegmentTargets.read($0, vocabulary: v) } }
        let targets = root(targetsFile).flatMap(Targets.read)
        let consultationLines = vocabulary.flatMap { v in root(consultationFile).map { ConsultationLine.readAll($0, vocabulary: v) } } ?? []
        guard log.problems.isEmpty, var vocabulary, let instrument, let serviceMenu, let strings, let segmentTargets, let targets else {
            throw Invalid(problems: log.problems)
        }
        vocabulary.consultation = CodeList(
            field: "consultation", terms: consultationLines.map { Term(code: $0.code, label: $0.name) })
        return Catalog(
            vocabulary: vocabulary, instrument: instrument, serviceMenu: serviceMenu, points: points,
            directory: directory, strings: strings, segmentTargets: segmentTargets, targets: targets,
            consultationLines: consultationLines)
    }
}
