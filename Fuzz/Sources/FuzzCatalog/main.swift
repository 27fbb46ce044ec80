import FuzzSupport
import Guidance
import NeuvoFiles

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    FuzzEntry.catalog(input, base: Shipped.parsed)
    return 0
}

@_cdecl("FuzzCatalog_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    _ = (Shipped.catalog, Shipped.parsed)
    return runLibFuzzer(argc, argv, testOneInput)
}
