// budgetpdf: the command-line tool. Dispatches to the commands of cli/commands.def and
// turns every failure into a message on stderr and an exit status (docs/error-codes.md).
#include "cli.hpp"

#include <budgetpdf/version.hpp>

#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <vector>

namespace budgetpdf::cli {

#define BUDGETPDF_COMMAND(name) extern const command command_##name;
#include "commands.def"
#undef BUDGETPDF_COMMAND

namespace {

const command* const commands[] = {
#define BUDGETPDF_COMMAND(name) &command_##name,
#include "commands.def"
#undef BUDGETPDF_COMMAND
};

const command* find_command(std::string_view name) {
  for (const command* c : commands)
    if (c->name == name) return c;
  return nullptr;
}

void print(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

std::string overview() {
  std::string s =
      "usage: budgetpdf COMMAND [ARGS...]\n"
      "       budgetpdf help COMMAND | COMMAND --help\n"
      "       budgetpdf --version\n"
      "\n"
      "Reads Chinese government budget disclosure PDFs into exact tables.\n"
      "\n"
      "commands:\n";
  for (const command* c : commands) {
    std::string name(c->name);
    name.resize(std::max<std::size_t>(name.size(), 10), ' ');
    s += "  " + name + "  " + std::string(c->summary) + '\n';
  }
  s += "\nExit status: 0 ok, 1 a check failed, 2 usage error, 10-20 input errors, 70 internal\n"
       "error (docs/error-codes.md).\n";
  return s;
}

bool wants_help(const std::vector<std::string>& args) {
  for (const auto& a : args) {
    if (a == "--") return false;
    if (a == "--help" || a == "-h") return true;
  }
  return false;
}

int usage(std::string_view message, const command* c) {
  print_error("", message);
  std::string hint = c ? "Try 'budgetpdf help " + std::string(c->name) + "'.\n"
                       : std::string("Try 'budgetpdf --help'.\n");
  std::fwrite(hint.data(), 1, hint.size(), stderr);
  return exit_usage;
}

int dispatch(const std::vector<std::string>& args) {
  if (args.empty()) return usage("no command given", nullptr);
  const std::string& first = args.front();
  if (first == "--help" || first == "-h") {
    print(overview());
    return exit_ok;
  }
  if (first == "--version") {
    print(std::string("budgetpdf ") + version() + '\n');
    return exit_ok;
  }
  if (first == "help") {
    if (args.size() == 1) {
      print(overview());
      return exit_ok;
    }
    if (args.size() > 2) return usage("'help' takes one command name", nullptr);
    const command* c = find_command(args[1]);
    if (!c) return usage("unknown command '" + args[1] + "'", nullptr);
    print(c->help);
    return exit_ok;
  }
  const command* c = find_command(first);
  if (!c) return usage("unknown command '" + first + "'", nullptr);
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (wants_help(rest)) {
    print(c->help);
    return exit_ok;
  }
  try {
    return c->run(rest);
  } catch (const usage_error& e) {
    return usage(e.what(), c);
  }
}

}  // namespace

}  // namespace budgetpdf::cli

int main(int argc, char** argv) {
  using namespace budgetpdf::cli;
  // Nothing escapes: every failure is a message and an exit status, never an abort.
  try {
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return dispatch(args);
  } catch (const file_error& e) {
    print_error(e.file(), e.what());
    return e.status();
  } catch (const budgetpdf::error& e) {
    // Commands rethrow library errors as file_error; this is the fallback.
    print_error("", e.what());
    return exit_status_for(e.code());
  } catch (const std::bad_alloc&) {
    print_error("", "out of memory");
    return exit_internal;
  } catch (const std::exception& e) {
    print_error("", std::string("internal error: ") + e.what());
    return exit_internal;
  } catch (...) {
    print_error("", "internal error: unknown exception");
    return exit_internal;
  }
}
