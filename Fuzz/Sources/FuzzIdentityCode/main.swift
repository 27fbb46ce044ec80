import FuzzSupport
import Guidance
import NeuvoFiles

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    FuzzEntry.identityCode(input); FuzzEntry.hundredths(input)
    return 0
}

@_cdecl("FuzzIdentityCode_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {

    return runLibFuzzer(argc, argv, testOneInput)
}
