// The only inclusion point of poppler's core (private, version-pinned) headers in budgetpdf.
// Treated as a system header so poppler's own warnings do not fail our -Werror builds.
#pragma once
#pragma GCC system_header

#include <poppler-config.h>

#include <Error.h>
#include <ErrorCodes.h>
#include <GfxFont.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <Object.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <XRef.h>
#include <goo/GooString.h>
