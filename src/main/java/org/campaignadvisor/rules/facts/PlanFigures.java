package org.campaignadvisor.rules.facts;

/**
 * Counts over a plan's channels and activities that many rules need.
 *
 * @param socialNetworks     distinct social-network platforms used
 * @param onlinePlatforms    distinct online platforms used
 * @param offlineAction      true when the goal names an offline action other than abstaining, or any activity is offline
 * @param offlineActivities  the names of the activities that happen away from the screen, comma-separated
 * @param platformList       the online platforms, comma-separated, for explanations
 * @param socialNetworkList  the social-network platforms, comma-separated
 * @param offlineReachList   the channels that reach people without the internet in this context, comma-separated
 *                           (SMS, leaflets, meetings; press, tv and radio only where the media are not under state control)
 * @param stateMediaList     press, tv or radio channels not counted as reaching people because the media are under state control
 */
public record PlanFigures(int channels, int onlineChannels, int offlineChannels, int socialNetworks,
                          int onlinePlatforms, long totalFollowers, long largestFollowers,
                          boolean offlineAction, String offlineActivities, String platformList,
                          String socialNetworkList, String offlineReachList, String stateMediaList) {

    /** True when some channel reaches people without the internet. */
    public boolean reachesOffline() {
        return !offlineReachList.isEmpty();
    }
}
