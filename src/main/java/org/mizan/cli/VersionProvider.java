package org.mizan.cli;

import org.mizan.pipeline.MizanVersion;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"mizan " + MizanVersion.get()};
    }
}
