# campaign.dsl: the plain-language vocabulary trainers write rules in (.dslr files).
# Each line maps a sentence to Drools rule language. [when] sentences describe the plan;
# [then] sentences say what to do when they all hold. A sentence may start with "and ".
# {name} is a blank the trainer fills in: a word, a number, or a quoted list.

# --- the goal ------------------------------------------------------------------
[when](?:and )?the goal is one of {kinds}=Goal( kind in ({kinds}) )
[when](?:and )?the goal is not {kind:[a-z-]+}=Goal( kind != "{kind}" )
[when](?:and )?the goal is {kind:[a-z-]+}=Goal( kind == "{kind}" )
[when](?:and )?the plan leads to no offline action=PlanFigures( !offlineAction )
[when](?:and )?the plan leads to an offline action=PlanFigures( offlineAction )
[when](?:and )?the offline action is {action:[a-z-]+}=Goal( offlineAction == "{action}" )
[when](?:and )?the campaign must move the authorities=Goal( needsAuthorities )
[when](?:and )?the campaign needs nothing from the authorities=Goal( !needsAuthorities )
[when](?:and )?a running count is shown publicly=Goal( publicCounter )
[when](?:and )?the plan sets a numeric target=Goal( target.value > 0 )
[when](?:and )?the target is more than {percent:\d+} % of the people the plan can reach online=$reach : Reach( reachable > 0 ) and Goal( target.value > $reach.reachable * {percent} / 100.0 )

# --- audience and recruitment --------------------------------------------------
[when](?:and )?the plan recruits at random=Audience( recruitment == "random" )
[when](?:and )?the plan recruits from an analysis of users=Audience( recruitment == "targeted" )
[when](?:and )?the plan names no audience segment=Audience( segments.size == 0 )
[when](?:and )?a segment has low digital literacy=exists Segment( digitalLiteracy == "low" )
[when](?:and )?no segment has low digital literacy=not Segment( digitalLiteracy == "low" )
[when](?:and )?a segment is aged {age:\d+} or older=exists Segment( minAge >= {age} )
[when](?:and )?a segment is younger than {age:\d+}=exists Segment( maxAge >= 0, maxAge < {age} )
[when](?:and )?no segment is younger than {age:\d+}=not Segment( maxAge >= 0, maxAge < {age} )
[when](?:and )?a segment has under {percent:\d+} % internet access=exists Segment( internetShare != null, internetShare < {percent} / 100.0 )
[when](?:and )?fewer than {people:\d+} people can be reached online=Reach( reachable < {people} )

# --- channels ------------------------------------------------------------------
[when](?:and )?the plan uses more than {n:\d+} social networks=PlanFigures( socialNetworks > {n} )
[when](?:and )?the plan uses at most {n:\d+} social networks=PlanFigures( socialNetworks <= {n} )
[when](?:and )?the plan uses a channel on {platform:[a-z-]+}=exists Channel( platform == "{platform}" )
[when](?:and )?the plan uses no channel on {platform:[a-z-]+}=not Channel( platform == "{platform}" )
[when](?:and )?the plan uses no blog or forum=not Channel( category in ("blog", "forum") )
[when](?:and )?the plan has no channel away from the internet=PlanFigures( offlineChannels == 0 )
[when](?:and )?the plan is online only=PlanFigures( offlineChannels == 0, !offlineAction )
[when](?:and )?no channel has more than {n:\d+} followers=PlanFigures( onlineChannels > 0, largestFollowers <= {n} )
[when](?:and )?a channel answers no comments=exists Channel( online, !answersComments )
[when](?:and )?every online channel answers comments=exists Channel( online ) and not Channel( online, !answersComments )
[when](?:and )?a channel carries {content:[a-z-]+} content=exists Channel( content contains "{content}" )
[when](?:and )?no channel carries {content:[a-z-]+} content=not Channel( content contains "{content}" )
[when](?:and )?a channel speaks anonymously=exists Channel( speaker == "anonymous" )
[when](?:and )?a channel is meant to be used only once=exists Channel( lifetime == "one-off" )
[when](?:and )?every online channel is hosted in the country=exists Channel( online ) and not Channel( online, hosting != "domestic" )
[when](?:and )?no channel existed before the campaign=not Channel( preexisting )

# --- timing --------------------------------------------------------------------
[when](?:and )?there are fewer than {days:\d+} days from the start to the key date=Timeline( daysToKeyDate >= 0, daysToKeyDate < {days} )
[when](?:and )?the channels stop at the key date=Timeline( keyDate != null, !continueAfterKeyDate )
[when](?:and )?the channels keep running after the key date=Timeline( continueAfterKeyDate )

# --- training, outreach, evaluation, risk ---------------------------------------
[when](?:and )?nobody is trained=Training( trainees.size == 0 )
[when](?:and )?the team is trained=Training( trainees.size > 0 )
[when](?:and )?the training covers {topic:[a-z-]+}=Training( topics contains "{topic}" )
[when](?:and )?the training leaves out {topic:[a-z-]+}=Training( trainees.size > 0, topics not contains "{topic}" )
[when](?:and )?nobody abroad is kept informed=Outreach( audiences.size == 0 )
[when](?:and )?people abroad are kept informed=Outreach( audiences.size > 0 )
[when](?:and )?no baseline is recorded=Evaluation( !baseline )
[when](?:and )?a baseline is recorded=Evaluation( baseline )
[when](?:and )?the effect is not told apart from what would happen anyway=Evaluation( attribution == "none" )
[when](?:and )?the results rely on official figures alone=Evaluation( dataSources contains "official", dataSources not contains "independent" )
[when](?:and )?the results are checked independently=Evaluation( dataSources contains "independent" )
[when](?:and )?no review is planned after the campaign=Evaluation( !review )
[when](?:and )?there is no legal review=Risk( !legalReview )
[when](?:and )?there are no backup channels=Risk( !backupChannels )
[when](?:and )?there is no prepared answer to official criticism=Risk( !responsePlan )

# --- the country -----------------------------------------------------------------
[when](?:and )?the authorities can block websites=ContextProfile( blockingPowers )
[when](?:and )?websites count as mass media=ContextProfile( websitesAreMassMedia )
[when](?:and )?official figures are not trusted=ContextProfile( !officialFiguresTrusted )
[when](?:and )?the media are under state control=ContextProfile( stateControlledMedia )

# --- what to do --------------------------------------------------------------------
[then]report the finding=findings.add(drools);
