// Finds and loads the OCR module (budgetpdf_ocr.so) on the first page that needs OCR.
#include "ocr/ocr_engine.hpp"

#include <budgetpdf/error.hpp>

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#ifndef BUDGETPDF_OCR_LIBDIR
#define BUDGETPDF_OCR_LIBDIR "lib"
#endif
#ifndef BUDGETPDF_OCR_INSTALL_DIR
#define BUDGETPDF_OCR_INSTALL_DIR ""
#endif
#ifndef BUDGETPDF_OCR_BUILD_DIR
#define BUDGETPDF_OCR_BUILD_DIR ""
#endif

namespace budgetpdf::detail {

namespace {

namespace fs = std::filesystem;

struct loaded_module {
  ocr_module_create_fn* create = nullptr;
  std::string problem;  // why none loaded: the places looked in, dlopen's reasons
};

void add(std::vector<fs::path>& places, const fs::path& p) {
  if (p.empty()) return;
  for (const auto& q : places)
    if (q == p) return;
  places.push_back(p);
}

// The folders of the running program and of the object holding this code (the same but
// for the Python module, a shared object loaded by python3).
std::vector<fs::path> own_folders() {
  std::vector<fs::path> out;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) add(out, exe.parent_path());
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&load_ocr_engine), &info) != 0 && info.dli_fname &&
      info.dli_fname[0] == '/')
    add(out, fs::path(info.dli_fname).parent_path());
  return out;
}

std::vector<fs::path> places_to_look() {
  std::vector<fs::path> places;
  const auto folders = own_folders();
  for (const auto& d : folders) add(places, d / ocr_module_file);
  for (const auto& d : folders)
    add(places,
        (d / ".." / BUDGETPDF_OCR_LIBDIR / "budgetpdf" / ocr_module_file).lexically_normal());
  if (*BUDGETPDF_OCR_INSTALL_DIR)
    add(places, fs::path(BUDGETPDF_OCR_INSTALL_DIR) / ocr_module_file);
  if (*BUDGETPDF_OCR_BUILD_DIR) add(places, fs::path(BUDGETPDF_OCR_BUILD_DIR) / ocr_module_file);
  return places;
}

loaded_module load() {
  loaded_module out;
  std::vector<fs::path> places;
  if (const char* env = std::getenv("BUDGETPDF_OCR_MODULE"); env && *env)
    places.emplace_back(env);
  else
    places = places_to_look();
  std::string looked, reasons;
  for (const auto& p : places) {
    looked += (looked.empty() ? "" : ", ") + p.string();
    std::error_code ec;
    if (!fs::exists(p, ec)) continue;
    void* handle = dlopen(p.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = dlerror();
      reasons += std::string("; ") + (why ? why : p.string() + " cannot be loaded");
      continue;
    }
    // Never closed: Tesseract keeps process-wide state.
    if (auto* f = reinterpret_cast<ocr_module_create_fn*>(dlsym(handle, ocr_module_entry))) {
      out.create = f;
      return out;
    }
    reasons += "; " + p.string() + " is no budgetpdf OCR module";
  }
  out.problem = std::string("OCR needs the module ") + ocr_module_file +
                " (built with budgetpdf when libtesseract-dev and libleptonica-dev are "
                "installed, installed in LIBDIR/budgetpdf; it needs the Debian package "
                "libtesseract5 at run time), which could not be loaded" +
                reasons + "; looked for " + looked +
                " (set BUDGETPDF_OCR_MODULE to the module's path)";
  return out;
}

}  // namespace

std::unique_ptr<ocr_engine> load_ocr_engine() {
  static const loaded_module module = load();
  if (!module.create) throw error(error_code::ocr_unavailable, module.problem);
  std::unique_ptr<ocr_engine> engine(module.create(ocr_module_abi));
  if (!engine)
    throw error(error_code::ocr_unavailable,
                std::string("the OCR module ") + ocr_module_file +
                    " found belongs to another build of budgetpdf (set BUDGETPDF_OCR_MODULE)");
  return engine;
}

}  // namespace budgetpdf::detail
