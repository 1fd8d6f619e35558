package org.campaignadvisor.rules.facts;

/**
 * Counts over a plan's channels and activities that many rules need.
 *
 * @param socialNetworks   distinct social-network platforms used
 * @param onlinePlatforms  distinct online platforms used
 * @param offlineAction    true when the goal names an offline action other than abstaining, or any activity is offline
 * @param platformList     the online platforms, comma-separated, for explanations
 * @param socialNetworkList the social-network platforms, comma-separated
 */
public record PlanFigures(int channels, int onlineChannels, int offlineChannels, int socialNetworks,
                          int onlinePlatforms, long totalFollowers, long largestFollowers,
                          boolean offlineAction, String platformList, String socialNetworkList) {
}
