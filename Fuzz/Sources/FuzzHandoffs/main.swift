import FuzzSupport
import Guidance
import NeuvoFiles

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    NeuvoFiles.handoffs(input, context: Shipped.context)
    return 0
}

@_cdecl("FuzzHandoffs_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    _ = Shipped.context
    return runLibFuzzer(argc, argv, testOneInput)
}
