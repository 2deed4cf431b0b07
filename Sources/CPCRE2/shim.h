#ifndef QUOTECHECK_CPCRE2_SHIM_H
#define QUOTECHECK_CPCRE2_SHIM_H
/* Swift sees the 8-bit API only; the width must be fixed before the header is read. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
