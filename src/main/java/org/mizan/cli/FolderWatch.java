package org.mizan.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for saves below a few folders (facts/, rules/, templates/) and every folder below them. A folder that is
 * deleted and made again (a `git checkout`, a restore from a backup, `rm -r` and `cp -r`) is watched again: the
 * folders' parents are watched too, for the folders' own names only, and after every burst of changes every folder
 * below the roots is registered again, so new subfolders are heard as well.
 */
final class FolderWatch implements AutoCloseable {

    private final WatchService watcher;
    private final List<Path> roots;
    /** Keys of the roots' parents: only events naming a root count there (out/ may sit beside facts/). */
    private final Map<WatchKey, Path> parentKeys = new HashMap<>();

    FolderWatch(List<Path> roots) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        Set<Path> parents = new LinkedHashSet<>();
        roots.forEach(r -> parents.add(r.toAbsolutePath().normalize().getParent()));
        for (Path parent : parents) {
            if (parent != null && Files.isDirectory(parent)) {
                parentKeys.put(parent.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), parent);
            }
        }
        registerRoots();
    }

    /**
     * Blocks until something below a root changed and the burst of events has settled (editors save in several
     * steps: temporary file, rename, touch).
     */
    void awaitChange(long settleMillis) throws InterruptedException, IOException {
        boolean relevant = false;
        WatchKey key = watcher.take();
        while (key != null) {
            relevant |= isRelevant(key);
            key = relevant ? watcher.poll(settleMillis, TimeUnit.MILLISECONDS) : watcher.take();
        }
        registerRoots();
    }

    private boolean isRelevant(WatchKey key) {
        Path parent = parentKeys.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (parent == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (event.context() instanceof Path name && roots.contains(parent.resolve(name))) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    /** Every folder below the roots, registered again (the same key when it already was). */
    private void registerRoots() throws IOException {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path d : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    try {
                        d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    } catch (IOException gone) {
                        // Deleted while we walked: its parent's event brings us back here.
                    }
                }
            } catch (IOException | java.io.UncheckedIOException gone) {
                // The root went away while we walked; its parent's key hears it come back.
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
