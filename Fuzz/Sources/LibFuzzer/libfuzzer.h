// libFuzzer's driver, linked in by `-sanitize=fuzzer`. The fuzz targets start it from their own
// `main` because SwiftPM links an executable's entry point under its own name, so libFuzzer's
// `main` is never the one that runs.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
