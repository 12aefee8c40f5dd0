"""Time MkDocs' own build of a project, for the benchmark's --project mode.

Run with the interpreter of the installed `mkdocs` (its shebang), so that its own yaml,
markdown and plugins are the ones imported. Debian's MkDocs 1.4 and Material 8.2 cannot read
a current project's mkdocs.yml as it is, so this builds from an adapted copy in a temporary
folder (the project itself is never touched) and says what it changed:

- `material.extensions.emoji` (Material 9.4+) becomes `materialx.emoji` (the older package);
- plugins that are not installed are dropped (Material's blog, minify, ...), and hooks or a
  `theme.custom_dir` that do not exist in the project;
- options a markdown extension of this version does not know are dropped;
- the top-level keys this MkDocs does not know are dropped (they are only a warning).

Prints one JSON object: {ok, ms, cpuMs, peakRss, pages, adapted, error}.
Usage: python3 mkdocs-build.py PROJECT_DIR WORK_DIR
"""

import importlib
import importlib.metadata
import json
import os
import re
import resource
import subprocess
import sys
import time

import yaml


class Tagged:
    """A value under a tag this script does not interpret (!ENV, !!python/name:...), kept as written."""

    def __init__(self, tag, node):
        self.tag = tag
        self.node = node


class Loader(yaml.SafeLoader):
    pass


class Dumper(yaml.SafeDumper):
    pass


def construct_tagged(loader, suffix, node):
    return Tagged(suffix, node)


def represent_tagged(dumper, value):
    node = value.node
    node.tag = value.tag
    return node


Loader.add_multi_constructor("!", lambda loader, suffix, node: construct_tagged(loader, "!" + suffix, node))
Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: construct_tagged(loader, "tag:yaml.org,2002:python/" + suffix, node))
Dumper.add_representer(Tagged, represent_tagged)


def rename_emoji(value, adapted):
    """Material 9.4 moved its emoji functions; Debian's Material 8.2 has them in materialx."""
    if isinstance(value, Tagged) and "material.extensions.emoji" in value.tag:
        value.tag = value.tag.replace("material.extensions.emoji", "materialx.emoji")
        adapted.append("emoji functions from materialx.emoji (Material 8.2) instead of material.extensions.emoji")
    elif isinstance(value, dict):
        for item in value.values():
            rename_emoji(item, adapted)
    elif isinstance(value, list):
        for item in value:
            rename_emoji(item, adapted)


def extension_options(name):
    """The option names markdown extension `name` accepts, or None when it cannot be loaded."""
    try:
        module = importlib.import_module(name if "." in name else "markdown.extensions." + name)
        return set(module.makeExtension().config.keys())
    except Exception:
        return None


def stand_in_templates(project, config, work, adapted):
    """Pages may name a template of the project's custom_dir (template: home.html); without that folder, MkDocs stops."""
    theme = config.get("theme")
    if not isinstance(theme, dict) or "custom_dir" in theme:
        return
    docs = os.path.join(project, config.get("docs_dir", "docs"))
    named = set()
    for root, _, files in os.walk(docs):
        for name in files:
            if name.endswith(".md"):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    head = f.read(2000)
                match = re.search(r"^---\n(?:.*\n)*?template:\s*(\S+)", head) if head.startswith("---") else None
                if match:
                    named.add(match.group(1).strip("'\""))
    if not named:
        return
    overrides = os.path.join(work, "overrides")
    for template in named:
        target = os.path.join(overrides, template)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write('{% extends "main.html" %}\n')
    theme["custom_dir"] = overrides
    adapted.append(f"templates the pages name ({', '.join(sorted(named))}) stand in as plain main.html")


def adapt(project, config, work, adapted):
    rename_emoji(config, adapted)
    installed = {entry.name for entry in importlib.metadata.entry_points(group="mkdocs.plugins")}
    plugins = config.get("plugins")
    if plugins is not None:
        entries = plugins if isinstance(plugins, list) else [{k: v} for k, v in plugins.items()]
        kept = []
        for entry in entries:
            name = entry if isinstance(entry, str) else next(iter(entry))
            if name in installed:
                kept.append(entry)
            else:
                adapted.append(f"plugin {name} dropped (not installed)")
        config["plugins"] = kept
    hooks = [h for h in config.get("hooks", []) if isinstance(h, str)]
    missing = [h for h in hooks if not os.path.isfile(os.path.join(project, h))]
    if missing:
        config["hooks"] = [h for h in hooks if h not in missing]
        adapted.append(f"hooks dropped (no such file in the corpus): {', '.join(missing)}")
    theme = config.get("theme")
    if isinstance(theme, dict):
        custom = theme.get("custom_dir")
        if isinstance(custom, str) and not os.path.isdir(os.path.join(project, custom)):
            del theme["custom_dir"]
            adapted.append(f"theme.custom_dir {custom} dropped (no such folder)")
        elif isinstance(custom, str):
            theme["custom_dir"] = os.path.join(project, custom)
    extensions = config.get("markdown_extensions") or []
    entries = extensions if isinstance(extensions, list) else [{k: v} for k, v in extensions.items()]
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        name, options = next(iter(entry.items()))
        known = extension_options(name)
        if known is None or not isinstance(options, dict):
            continue
        for option in [o for o in options if o not in known]:
            del options[option]
            adapted.append(f"{name}: option {option} dropped (not in this version)")
    try:
        from mkdocs.config import defaults

        known_keys = {key for key, _ in defaults.get_schema()}
        for key in [k for k in config if k not in known_keys and k != "INHERIT"]:
            del config[key]
            adapted.append(f"{key} dropped (not a setting of MkDocs {mkdocs_version()})")
    except Exception:
        pass
    replace_missing_icons(config, adapted)
    stand_in_templates(project, config, work, adapted)
    if isinstance(config.get("INHERIT"), str):
        config["INHERIT"] = os.path.join(project, config["INHERIT"])


ICON = re.compile(r"^(?:material|fontawesome|octicons|simple)/[\w/-]+$")


def replace_missing_icons(value, adapted):
    """Icons newer than this Material's set (fontawesome/brands/bluesky) stop its templates: use a generic one."""
    try:
        from mkdocs.utils import get_theme_dir

        icons = os.path.join(get_theme_dir("material"), ".icons")
    except Exception:
        return
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, item in list(items):
        if isinstance(item, str) and ICON.match(item) and not os.path.isfile(os.path.join(icons, item + ".svg")):
            value[key] = "material/link"
            adapted.append(f"icon {item} replaced by material/link (not in this Material)")
        else:
            replace_missing_icons(item, adapted)


def mkdocs_version():
    try:
        return importlib.metadata.version("mkdocs")
    except Exception:
        return "?"


def main():
    project, work = (os.path.abspath(p) for p in sys.argv[1:3])
    adapted = []
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(project, "mkdocs.yml"), encoding="utf-8") as f:
        config = yaml.load(f, Loader=Loader) or {}
    adapt(project, config, work, adapted)
    config["docs_dir"] = os.path.join(project, config.get("docs_dir", "docs"))
    site = os.path.join(work, "site")
    config["site_dir"] = site
    config_file = os.path.join(work, "mkdocs.yml")
    with open(config_file, "w", encoding="utf-8") as f:
        yaml.dump(config, f, Dumper=Dumper, allow_unicode=True, sort_keys=False)
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean", "--config-file", config_file]
    started = time.perf_counter()
    # The project folder is the working folder: snippets' base_path and the like are relative to it.
    run = subprocess.run(mkdocs, cwd=project, capture_output=True, text=True)
    ms = (time.perf_counter() - started) * 1000
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "version": f"MkDocs {mkdocs_version()}, Material {material_version()}",
        "adapted": list(dict.fromkeys(adapted)),
        "ms": ms,
        "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000,
        "peakRss": usage.ru_maxrss * 1024,
    }
    if run.returncode != 0:
        lines = [line for line in (run.stderr or run.stdout).splitlines() if line.strip()]
        errors = [line for line in lines if "ERROR" in line or "Error" in line] or lines[-3:]
        result["error"] = " / ".join(errors[-3:]) or f"exit code {run.returncode}"
    else:
        result["pages"] = sum(1 for root, _, files in os.walk(site) for name in files if name.endswith(".html"))
    print(json.dumps(result))


def material_version():
    try:
        return importlib.metadata.version("mkdocs-material")
    except Exception:
        return "?"


if __name__ == "__main__":
    main()
