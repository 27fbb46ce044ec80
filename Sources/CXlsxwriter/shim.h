#ifndef NEUVO_CXLSXWRITER_SHIM_H
#define NEUVO_CXLSXWRITER_SHIM_H

/// libxlsxwriter (Debian libxlsxwriter-dev): writes Office Open XML workbooks (.xlsx) that Excel, LibreOffice and
/// Power BI open. Only module XLSX imports it; neuvo never writes a formula, so text cells go through
/// worksheet_write_string alone.
#include <xlsxwriter.h>

#endif
